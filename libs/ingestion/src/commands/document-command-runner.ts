import {
  DOCUMENT_EVENT_SCHEMA_VERSION,
  documentDecider,
  documentStream,
  eventMetadata,
  upcast,
  type CommandContext,
  type DocumentCommand,
  type DocumentEvent,
  type DocumentEventType,
  type DocumentState,
  type EventMetadata,
} from '@plan-ledger/domain';
import { isRevisionConflict, uuidV7, type EventStore } from '@plan-ledger/event-store';

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
export async function loadDocumentStream(store: EventStore, documentId: string): Promise<LoadedDocument> {
  const stored = await store.readStream(documentStream(documentId));
  const events = stored.map((e) => upcast({ type: e.type, data: e.data, metadata: e.metadata as EventMetadata }) as DocumentEvent);
  return {
    state: events.reduce(documentDecider.evolve, documentDecider.initialState),
    revision: stored.length === 0 ? -1 : stored[stored.length - 1].revision,
  };
}

/**
 * Load, decide, append (STYLE 8) with the revision read as the expected one. When another writer got in between,
 * the command is decided once more against the fresh stream; a second conflict is the caller's to handle.
 */
export async function runDocumentCommand(
  store: EventStore,
  documentId: string,
  command: DocumentCommand,
  ctx: CommandContext,
): Promise<DocumentCommandResult> {
  for (let attempt = 1; ; attempt++) {
    const { state, revision } = await loadDocumentStream(store, documentId);
    const events = documentDecider.decide(command, state, ctx);
    if (events.length === 0) return { documentId, revision, appended: [] };
    const metadata = eventMetadata(ctx, DOCUMENT_EVENT_SCHEMA_VERSION);
    try {
      const result = await store.appendToStream(
        documentStream(documentId),
        events.map((event) => ({ id: uuidV7(), type: event.type, data: event.data, metadata })),
        { expectedRevision: revision === -1 ? 'no_stream' : revision },
      );
      return { documentId, revision: result.nextRevision, appended: events.map((e) => e.type) };
    } catch (error) {
      if (attempt > 1 || !isRevisionConflict(error)) throw error;
    }
  }
}
