import type { Database } from 'better-sqlite3';
import type { DocumentFields } from '@plan-ledger/extraction';
import type { DocumentRow, DocumentStatus } from './documents.projection';

/** A document's ingestion state with the plan fields of its latest parse (null until parsed). */
export interface DocumentView
  extends Pick<DocumentFields, 'number' | 'symbol' | 'issuer' | 'place' | 'issuedOn' | 'title' | 'year' | 'signer'> {
  id: string;
  fileName: string | null;
  sha256: string | null;
  size: number | null;
  mediaType: string | null;
  status: DocumentStatus;
  rejection: { code: string; reason: string | null } | null;
  /** The last failure while the document is still failed; `attempts` counts every failure so far. */
  failure: { stage: string | null; error: string | null; attempts: number } | null;
  text: { source: string; characters: number | null; pages: number | null } | null;
  kind: string | null;
  counts: { directives: number | null; references: number | null };
  extractorVersion: string | null;
  receivedAt: string | null;
  parsedAt: string | null;
  updatedAt: string;
}

export interface ListDocumentsQuery {
  year?: number;
  issuer?: string;
  kind?: string;
  status?: DocumentStatus;
  limit?: number;
  offset?: number;
}

const MAX_LIMIT = 200;

export interface DocumentPage {
  total: number;
  items: DocumentView[];
}

const toView = (r: DocumentRow): DocumentView => ({
  id: r.id,
  fileName: r.file_name,
  sha256: r.sha256,
  size: r.size,
  mediaType: r.media_type,
  status: r.status,
  rejection: r.rejection_code ? { code: r.rejection_code, reason: r.rejection_reason } : null,
  failure: r.status === 'failed' ? { stage: r.failure_stage, error: r.failure_error, attempts: r.failed_attempts } : null,
  text: r.text_source ? { source: r.text_source, characters: r.characters, pages: r.pages } : null,
  kind: r.kind,
  number: r.number,
  symbol: r.symbol,
  issuer: r.issuer,
  place: r.place,
  issuedOn: r.issued_on,
  title: r.title,
  year: r.year,
  signer: r.signer_name || r.signer_position ? { name: r.signer_name, position: r.signer_position } : null,
  counts: { directives: r.directive_count, references: r.reference_count },
  extractorVersion: r.extractor_version,
  receivedAt: r.received_at,
  parsedAt: r.parsed_at,
  updatedAt: r.updated_at,
});

/** Newest first; filters combine with AND. */
export function listDocuments(db: Database, query: ListDocumentsQuery = {}): DocumentPage {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const filters = { year: query.year, issuer: query.issuer, kind: query.kind, status: query.status };
  for (const [column, value] of Object.entries(filters)) {
    if (value === undefined) continue;
    where.push(`${column} = @${column}`);
    params[column] = value;
  }
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const { total } = db.prepare(`SELECT COUNT(*) AS total FROM documents ${filter}`).get(params) as { total: number };
  const rows = db
    .prepare(`SELECT * FROM documents ${filter} ORDER BY received_at DESC, id LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: Math.min(Math.max(query.limit ?? 50, 0), MAX_LIMIT), offset: Math.max(query.offset ?? 0, 0) }) as DocumentRow[];
  return { total, items: rows.map(toView) };
}

export function getDocument(db: Database, id: string): DocumentView | null {
  const row = db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
  return row ? toView(row) : null;
}
