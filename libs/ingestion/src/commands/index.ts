import { ReceiveDocumentHandler } from './receive-document.handler';
import { RecordExtractionFailureHandler } from './record-extraction-failure.handler';
import { RecordPlanParsedHandler } from './record-plan-parsed.handler';
import { RecordTextExtractedHandler } from './record-text-extracted.handler';
import { RejectDocumentHandler } from './reject-document.handler';

export * from './document-command-runner';
export * from './receive-document.command';
export * from './record-extraction-failure.command';
export * from './record-plan-parsed.command';
export * from './record-text-extracted.command';
export * from './reject-document.command';

/** The document stream's command handlers; they need EVENT_STORE bound and CqrsModule imported. */
export const DOCUMENT_COMMAND_HANDLERS = [
  ReceiveDocumentHandler,
  RecordTextExtractedHandler,
  RejectDocumentHandler,
  RecordExtractionFailureHandler,
  RecordPlanParsedHandler,
];
