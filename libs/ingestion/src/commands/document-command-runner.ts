import {
  DOCUMENT_EVENT_SCHEMA_VERSION,
  documentDecider,
  documentStream,
  type CommandContext,
  type DocumentCommand,
  type DocumentEventType,
  type DocumentState,
} from '@plan-ledger/domain';
import type { EventStore } from '@plan-ledger/event-store';
import { loadStream, runStreamCommand } from '../streams/stream-command-runner';

export interface DocumentCommandResult {
  documentId: string;
  /** The stream's last revision after the command, -1 if the stream still has no events. */
  revision: number;
  /** Types of the events this command appended; empty when it repeated what the stream already says. */
  appended: DocumentEventType[];
}

export interface LoadedDocument {
  state: DocumentState;
  /** Last revision read, -1 for a document never received. */
  revision: number;
}

/** Folds a document's stream (upcast to today's schema) into its state. */
export function loadDocumentStream(store: EventStore, documentId: string): Promise<LoadedDocument> {
  return loadStream(store, documentStream(documentId), documentDecider);
}

/** Load, decide, append (STYLE 8) on a document's stream; see runStreamCommand for the conflict rule. */
export async function runDocumentCommand(
  store: EventStore,
  documentId: string,
  command: DocumentCommand,
  ctx: CommandContext,
): Promise<DocumentCommandResult> {
  const { revision, appended } = await runStreamCommand(store, documentStream(documentId), documentDecider, command, ctx, DOCUMENT_EVENT_SCHEMA_VERSION);
  return { documentId, revision, appended };
}
