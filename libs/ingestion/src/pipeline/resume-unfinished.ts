import type { EventStore } from '@plan-ledger/event-store';
import type { JobQueue } from '@plan-ledger/jobs';
import { EXTRACT_TEXT_JOB, type DocumentJobPayload } from './ingestion-jobs';

const FINISHED = new Set(['PlanParsed', 'DocumentRejected']);
const PAGE = 1000;

/**
 * At start-up: queues every document whose processing had not finished (the in-process queue does not survive a
 * crash; the log does). 'extract-text' is the entry point for every unfinished stage: on a document whose text is
 * already extracted it only queues 'parse-plan'. Returns the ids queued.
 */
export async function resumeUnfinished(events: EventStore, jobs: JobQueue): Promise<string[]> {
  const finished = new Map<string, boolean>();
  for (let after = 0n; ; ) {
    const page = await events.readAll({ after, maxCount: PAGE });
    for (const event of page) {
      if (!event.streamId.startsWith('document-')) continue;
      const documentId = (event.data as { documentId: string }).documentId;
      if (event.type === 'DocumentReceived') finished.set(documentId, finished.get(documentId) ?? false);
      if (FINISHED.has(event.type)) finished.set(documentId, true);
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1].position;
  }
  const unfinished = [...finished].filter(([, done]) => !done).map(([documentId]) => documentId);
  for (const documentId of unfinished) {
    await jobs.enqueue<DocumentJobPayload>({ name: EXTRACT_TEXT_JOB, id: documentId, payload: { documentId } });
  }
  return unfinished;
}
