import type { CommandBus } from '@nestjs/cqrs';
import { readPlanText, type ReadPlanTextOptions } from '@plan-ledger/documents';
import { isPlanLedgerError, REJECTION_CODES, type CommandContext } from '@plan-ledger/domain';
import type { EventStore } from '@plan-ledger/event-store';
import type { FileStore } from '@plan-ledger/files';
import type { JobHandler, JobQueue } from '@plan-ledger/jobs';
import { loadDocumentStream, RecordExtractionFailure, RecordTextExtracted, RejectDocument } from '../commands';
import { PARSE_PLAN_JOB, type DocumentJobPayload } from '../pipeline/ingestion-jobs';
import { errorSummary } from './error-summary';

export interface ExtractTextDeps {
  events: EventStore;
  files: FileStore;
  commands: CommandBus;
  jobs: JobQueue;
  read: ReadPlanTextOptions;
  context: (documentId: string) => CommandContext;
}

/**
 * Job 'extract-text': stored bytes -> PlanText (stored as JSON) -> TextExtracted, then queues 'parse-plan'.
 * A refusal of the input itself becomes DocumentRejected for good; anything else is ExtractionFailed and rethrown
 * so the queue retries. Re-running it on a document that is further along only passes it on.
 */
export function extractTextJob(deps: ExtractTextDeps): JobHandler<DocumentJobPayload> {
  return async ({ documentId }, { attempt }) => {
    const { state } = await loadDocumentStream(deps.events, documentId);
    if (!state.received || state.status === 'rejected') return;
    if (!state.text) {
      const context = deps.context(documentId);
      let text;
      try {
        text = await readPlanText(await deps.files.get(state.received.sha256), deps.read);
      } catch (error) {
        if (isPlanLedgerError(error) && REJECTION_CODES.has(error.code)) {
          await deps.commands.execute(new RejectDocument({ documentId, code: error.code, reason: error.message }, context));
          return;
        }
        await deps.commands.execute(
          new RecordExtractionFailure({ documentId, stage: 'text', error: errorSummary(error), attempt }, context),
        );
        throw error;
      }
      const stored = await deps.files.putText(text);
      await deps.commands.execute(
        new RecordTextExtracted(
          {
            documentId,
            textKey: stored.key,
            textSha256: stored.sha256,
            source: text.source,
            characters: text.text.length,
            pages: text.pages ?? null,
          },
          context,
        ),
      );
    }
    await deps.jobs.enqueue<DocumentJobPayload>({ name: PARSE_PLAN_JOB, id: documentId, payload: { documentId } });
  };
}
