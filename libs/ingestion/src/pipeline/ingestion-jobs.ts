/** Job names and payloads of the ingestion pipeline; the job id is always the document id (one run per document at a time). */
export const EXTRACT_TEXT_JOB = 'extract-text';
export const PARSE_PLAN_JOB = 'parse-plan';

export interface DocumentJobPayload {
  documentId: string;
}
