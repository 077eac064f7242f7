import type { Database } from 'better-sqlite3';
import type {
  DocumentReceivedData,
  DocumentRejectedData,
  EventMetadata,
  ExtractionFailedData,
  PlanParsedData,
  TextExtractedData,
} from '@plan-ledger/domain';
import type { StoredEvent } from '@plan-ledger/event-store';
import type { PlanExtraction } from '@plan-ledger/extraction';
import { cachedStatement, type Projection } from '../runner/projection';
import { DOCUMENTS_SCHEMA_SQL, DOCUMENTS_TABLES } from './documents.schema';

export type DocumentStatus = 'received' | 'text_extracted' | 'parsed' | 'rejected' | 'failed';

/** One row of the `documents` table, column for column. */
export interface DocumentRow {
  id: string;
  file_name: string | null;
  sha256: string | null;
  size: number | null;
  media_type: string | null;
  status: DocumentStatus;
  rejection_code: string | null;
  rejection_reason: string | null;
  failure_stage: string | null;
  failure_error: string | null;
  failed_attempts: number;
  text_source: string | null;
  characters: number | null;
  pages: number | null;
  kind: string | null;
  number: string | null;
  symbol: string | null;
  issuer: string | null;
  place: string | null;
  issued_on: string | null;
  title: string | null;
  year: number | null;
  signer_name: string | null;
  signer_position: string | null;
  directive_count: number | null;
  reference_count: number | null;
  extractor_version: string | null;
  received_at: string | null;
  parsed_at: string | null;
  updated_at: string;
}

export const DOCUMENT_EVENT_TYPES: ReadonlySet<string> = new Set([
  'DocumentReceived',
  'TextExtracted',
  'DocumentRejected',
  'ExtractionFailed',
  'PlanParsed',
]);

const emptyRow = (id: string, at: string): DocumentRow => ({
  id,
  file_name: null,
  sha256: null,
  size: null,
  media_type: null,
  status: 'received',
  rejection_code: null,
  rejection_reason: null,
  failure_stage: null,
  failure_error: null,
  failed_attempts: 0,
  text_source: null,
  characters: null,
  pages: null,
  kind: null,
  number: null,
  symbol: null,
  issuer: null,
  place: null,
  issued_on: null,
  title: null,
  year: null,
  signer_name: null,
  signer_position: null,
  directive_count: null,
  reference_count: null,
  extractor_version: null,
  received_at: null,
  parsed_at: null,
  updated_at: at,
});

/** Pure: the document's row after `event`. Time comes from the event's metadata only. */
export function evolveDocument(row: DocumentRow | null, event: StoredEvent): DocumentRow {
  const at = (event.metadata as EventMetadata).recordedAt;
  const data = event.data as { documentId: string };
  const current = { ...(row ?? emptyRow(data.documentId, at)), updated_at: at };
  switch (event.type) {
    case 'DocumentReceived': {
      const d = event.data as DocumentReceivedData;
      return { ...current, file_name: d.fileName, sha256: d.sha256, size: d.size, media_type: d.mediaType, received_at: d.receivedAt ?? at };
    }
    case 'TextExtracted': {
      const d = event.data as TextExtractedData;
      return { ...current, status: 'text_extracted', text_source: d.source, characters: d.characters, pages: d.pages, failure_stage: null, failure_error: null };
    }
    case 'DocumentRejected': {
      const d = event.data as DocumentRejectedData;
      return { ...current, status: 'rejected', rejection_code: d.code, rejection_reason: d.reason };
    }
    case 'ExtractionFailed': {
      const d = event.data as ExtractionFailedData;
      return { ...current, status: 'failed', failure_stage: d.stage, failure_error: d.error, failed_attempts: current.failed_attempts + 1 };
    }
    case 'PlanParsed': {
      const d = event.data as PlanParsedData;
      // `?? null` throughout: an extraction from an older extractor may lack a field, and SQLite cannot bind undefined.
      const { document, directives } = d.extraction as PlanExtraction;
      return {
        ...current,
        status: 'parsed',
        failure_stage: null,
        failure_error: null,
        kind: document.kind ?? null,
        number: document.number ?? null,
        symbol: document.symbol ?? null,
        issuer: document.issuer ?? null,
        place: document.place ?? null,
        issued_on: document.issuedOn ?? null,
        title: document.title ?? null,
        year: document.year ?? null,
        signer_name: document.signer?.name ?? null,
        signer_position: document.signer?.position ?? null,
        directive_count: directives.length,
        reference_count: document.references?.length ?? 0,
        extractor_version: d.extractorVersion,
        parsed_at: at,
      };
    }
    default:
      return current;
  }
}

const COLUMNS = Object.keys(emptyRow('', '')) as (keyof DocumentRow)[];
const UPSERT = `INSERT OR REPLACE INTO documents (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => '@' + c).join(', ')})`;

/** Each document is read once and written once per batch, however many of its events the batch holds. */
function applyBatch(db: Database, events: readonly StoredEvent[]): void {
  const rows = new Map<string, DocumentRow | null>();
  for (const event of events) {
    const id = (event.data as { documentId: string }).documentId;
    const row = rows.has(id) ? rows.get(id)! : ((cachedStatement(db, 'SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined) ?? null);
    rows.set(id, evolveDocument(row, event));
  }
  const upsert = cachedStatement(db, UPSERT);
  for (const row of rows.values()) upsert.run(row);
}

export const documentsProjection: Projection = {
  name: 'documents',
  schemaSql: DOCUMENTS_SCHEMA_SQL,
  drop: DOCUMENTS_TABLES,
  handles: DOCUMENT_EVENT_TYPES,
  apply: (db, event) => applyBatch(db, [event]),
  applyBatch,
};
