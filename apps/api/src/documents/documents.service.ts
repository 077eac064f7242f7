import { Inject, Injectable } from '@nestjs/common';
import { PlanLedgerError, type Actor } from '@plan-ledger/domain';
import { EVENT_STORE, type EventStore } from '@plan-ledger/event-store';
import type { PlanText } from '@plan-ledger/extraction';
import { FILE_STORE, type FileStore } from '@plan-ledger/files';
import { DocumentIntake, loadDocumentStream, type Receipt } from '@plan-ledger/ingestion';
import {
  getDocument,
  listDocumentDirectives,
  listDocuments,
  ReadModelStore,
  type DirectiveView,
  type DocumentPage,
  type DocumentView,
  type ListDocumentsQuery,
} from '@plan-ledger/projections';

export interface UploadedFile {
  buffer: Buffer;
  originalname: string;
}

export interface DocumentDetail extends DocumentView {
  directives: DirectiveView[];
}

export interface StoredOriginal {
  bytes: Buffer;
  mediaType: string;
  fileName: string;
}

export interface DocumentText {
  documentId: string;
  text: PlanText;
  /** Where each directive sits in `text.text`, to highlight it. */
  directives: { id: string; ordinal: number; span: { start: number; end: number } | null }[];
}

const notFound = (id: string) => new PlanLedgerError('DOCUMENT.NOT_FOUND', `no document ${id}`);

/** Reads for the documents routes: the read models for lists and details, the log and file store for originals. */
@Injectable()
export class DocumentsService {
  constructor(
    @Inject(DocumentIntake) private readonly intake: DocumentIntake,
    @Inject(ReadModelStore) private readonly readModels: ReadModelStore,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(FILE_STORE) private readonly files: FileStore,
  ) {}

  upload(files: readonly UploadedFile[] | undefined, actor: Actor): Promise<Receipt[]> {
    return this.intake.receive((files ?? []).map((f) => ({ bytes: f.buffer, fileName: f.originalname })), actor);
  }

  list(query: ListDocumentsQuery): DocumentPage {
    return listDocuments(this.readModels.db, query);
  }

  get(id: string): DocumentDetail {
    const document = getDocument(this.readModels.db, id);
    if (!document) throw notFound(id);
    return { ...document, directives: listDocumentDirectives(this.readModels.db, id) };
  }

  async original(id: string): Promise<StoredOriginal> {
    const { received } = (await loadDocumentStream(this.events, id)).state;
    if (!received) throw notFound(id);
    return { bytes: await this.files.get(received.sha256), mediaType: received.mediaType, fileName: received.fileName };
  }

  async text(id: string): Promise<DocumentText> {
    const { state } = await loadDocumentStream(this.events, id);
    if (!state.received) throw notFound(id);
    if (!state.text) {
      throw new PlanLedgerError('DOCUMENT.NOT_FOUND', `document ${id} has no text (status: ${state.status})`);
    }
    const directives = listDocumentDirectives(this.readModels.db, id).map(({ id: directiveId, ordinal, span }) => ({ id: directiveId, ordinal, span }));
    return { documentId: id, text: await this.files.getText(state.text.textKey), directives };
  }
}
