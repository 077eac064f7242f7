import type { Database } from 'better-sqlite3';
import type { PlanParsedData } from '@plan-ledger/domain';
import type { StoredEvent } from '@plan-ledger/event-store';
import { foldVietnamese, type PlanExtraction } from '@plan-ledger/extraction';
import { cachedStatement, type Projection } from '../runner/projection';
import { CITATIONS_SCHEMA_SQL, CITATIONS_TABLES } from './citations.schema';

/** "34-CT/TW", "34-CT/TW " and "34 – CT/TW" are one number; "32-CT/TW" and "32-CT/TU" stay two (spec 1.2). */
export const numberKey = (number: string | null | undefined): string | null => (number ? foldVietnamese(number) || null : null);

/** Plan -> cited documents, and each parsed document as a citable target; the latest parse of a document wins. */
export const citationsProjection: Projection = {
  name: 'citations',
  schemaSql: CITATIONS_SCHEMA_SQL,
  drop: CITATIONS_TABLES,
  handles: new Set(['PlanParsed']),
  apply(db: Database, event: StoredEvent): void {
    const { documentId, extraction } = event.data as PlanParsedData;
    const { document } = extraction as PlanExtraction;
    cachedStatement(
      db,
      `INSERT OR REPLACE INTO citation_sources (document_id, kind, number, number_key, issuer, issued_on, year, title)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(documentId, document.kind, document.number, numberKey(document.number), document.issuer, document.issuedOn, document.year, document.title);
    cachedStatement(db, 'DELETE FROM citations WHERE document_id = ?').run(documentId);
    const insert = cachedStatement(
      db,
      `INSERT INTO citations (document_id, ordinal, kind, number, number_key, issued_on, issuer, title) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    document.references.forEach((r, ordinal) =>
      insert.run(documentId, ordinal, r.kind, r.number, numberKey(r.number), r.issuedOn, r.issuer, r.title ?? null),
    );
  },
};
