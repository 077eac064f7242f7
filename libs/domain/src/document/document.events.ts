/** The document stream's events (DESIGN's table). Type names are stored forever; schema versions live in metadata. */
import type { ErrorCode } from '../errors';

export interface DocumentReceivedData {
  documentId: string;
  sha256: string;
  /** The name the file arrived under: data only, never a path. */
  fileName: string;
  size: number;
  /** Type sniffed from the bytes. */
  mediaType: 'application/pdf' | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' | 'text/plain' | 'application/octet-stream';
  receivedAt: string;
}

export interface TextExtractedData {
  documentId: string;
  /** Key of the stored PlanText in the file store (the text can be large, so it is not inlined). */
  textKey: string;
  textSha256: string;
  source: 'docx' | 'pdf' | 'text' | 'ocr';
  characters: number;
  pages: number | null;
}

export interface DocumentRejectedData {
  documentId: string;
  code: ErrorCode;
  reason: string;
}

export interface ExtractionFailedData {
  documentId: string;
  stage: 'text' | 'parse';
  error: string;
  attempt: number;
}

export interface PlanParsedData {
  documentId: string;
  extractorVersion: string;
  /** The whole PlanExtraction (document fields and directives), as produced by libs/extraction. */
  extraction: unknown;
}

export type DocumentEvent =
  | { type: 'DocumentReceived'; data: DocumentReceivedData }
  | { type: 'TextExtracted'; data: TextExtractedData }
  | { type: 'DocumentRejected'; data: DocumentRejectedData }
  | { type: 'ExtractionFailed'; data: ExtractionFailedData }
  | { type: 'PlanParsed'; data: PlanParsedData };

export type DocumentEventType = DocumentEvent['type'];

export const DOCUMENT_EVENT_SCHEMA_VERSION = 1;

export const documentStream = (documentId: string): string => `document-${documentId}`;
