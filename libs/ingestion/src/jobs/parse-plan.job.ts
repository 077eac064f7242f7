import type { CommandBus } from '@nestjs/cqrs';
import { isPlanLedgerError, REJECTION_CODES, withDirectiveIdsOf, type CommandContext } from '@plan-ledger/domain';
import type { EventStore } from '@plan-ledger/event-store';
import { EXTRACTOR_VERSION, extractPlan } from '@plan-ledger/extraction';
import type { FileStore } from '@plan-ledger/files';
import type { JobHandler } from '@plan-ledger/jobs';
import { loadDocumentStream, RecordExtractionFailure, RecordPlanParsed, RejectDocument } from '../commands';
import type { DocumentJobPayload } from '../pipeline/ingestion-jobs';
import { errorSummary } from './error-summary';

export interface ParsePlanDeps {
  events: EventStore;
  files: FileStore;
  commands: CommandBus;
  context: (documentId: string) => CommandContext;
}

/** Job 'parse-plan': stored PlanText -> PlanExtraction -> PlanParsed (a no-op when this extractor version already parsed it). */
export function parsePlanJob(deps: ParsePlanDeps): JobHandler<DocumentJobPayload> {
  return async ({ documentId }, { attempt }) => {
    const { state } = await loadDocumentStream(deps.events, documentId);
    if (!state.received || !state.text || state.status === 'rejected') return;
    if (state.parsed?.extractorVersion === EXTRACTOR_VERSION) return;
    const context = deps.context(documentId);
    try {
      const text = await deps.files.getText(state.text.textKey);
      const extraction = withDirectiveIdsOf(documentId, extractPlan(text, { source: state.received.fileName }));
      await deps.commands.execute(new RecordPlanParsed({ documentId, extractorVersion: EXTRACTOR_VERSION, extraction }, context));
    } catch (error) {
      if (isPlanLedgerError(error) && REJECTION_CODES.has(error.code)) {
        await deps.commands.execute(new RejectDocument({ documentId, code: error.code, reason: error.message }, context));
        return;
      }
      await deps.commands.execute(new RecordExtractionFailure({ documentId, stage: 'parse', error: errorSummary(error), attempt }, context));
      throw error;
    }
  };
}

