import type { Database } from 'better-sqlite3';
import { numberKey } from './citations.projection';

export interface CitedDocument {
  kind: string;
  number: string | null;
  issuedOn: string | null;
  issuer: string | null;
  title: string | null;
  /** The archived document the reference resolves to, when one with that kind and number was ingested. */
  resolvedDocumentId: string | null;
}

export interface CitingDocument {
  documentId: string;
  kind: string;
  number: string | null;
  issuer: string | null;
  issuedOn: string | null;
  year: number | null;
  title: string | null;
}

interface CitationRow {
  kind: string;
  number: string | null;
  issued_on: string | null;
  issuer: string | null;
  title: string | null;
  resolved: string | null;
}

/** What one plan cites, each reference resolved to the archive when it can be. */
export function citationsOf(db: Database, documentId: string): CitedDocument[] {
  const rows = db
    .prepare(
      `SELECT c.kind, c.number, c.issued_on, c.issuer, c.title,
              (SELECT s.document_id FROM citation_sources s WHERE s.number_key = c.number_key AND s.kind = c.kind ORDER BY s.document_id LIMIT 1) AS resolved
       FROM citations c WHERE c.document_id = ? ORDER BY c.ordinal`,
    )
    .all(documentId) as CitationRow[];
  return rows.map((r) => ({ kind: r.kind, number: r.number, issuedOn: r.issued_on, issuer: r.issuer, title: r.title, resolvedDocumentId: r.resolved }));
}

interface SourceRow {
  document_id: string;
  kind: string;
  number: string | null;
  issuer: string | null;
  issued_on: string | null;
  year: number | null;
  title: string | null;
}

const sourceOf = (r: SourceRow): CitingDocument => ({
  documentId: r.document_id,
  kind: r.kind,
  number: r.number,
  issuer: r.issuer,
  issuedOn: r.issued_on,
  year: r.year,
  title: r.title,
});

/** "Which plans implement Chỉ thị 34-CT/TW": the documents citing a number (of one kind, when given), and the cited one if archived. */
export function citingDocuments(db: Database, cited: { number: string; kind?: string }): { cited: CitingDocument | null; citedBy: CitingDocument[] } {
  const key = numberKey(cited.number);
  const kind = cited.kind ?? null;
  const citedBy = db
    .prepare(
      `SELECT s.* FROM citation_sources s WHERE s.document_id IN
         (SELECT c.document_id FROM citations c WHERE c.number_key = @key AND (@kind IS NULL OR c.kind = @kind))
       ORDER BY s.year, s.issued_on, s.document_id`,
    )
    .all({ key, kind }) as SourceRow[];
  const target = db
    .prepare('SELECT * FROM citation_sources WHERE number_key = @key AND (@kind IS NULL OR kind = @kind) ORDER BY document_id LIMIT 1')
    .get({ key, kind }) as SourceRow | undefined;
  return { cited: target ? sourceOf(target) : null, citedBy: citedBy.map(sourceOf) };
}
