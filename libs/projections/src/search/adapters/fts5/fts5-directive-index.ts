import type { Database } from 'better-sqlite3';
import { foldKeepingOffsets } from '@plan-ledger/extraction';
import { cachedStatement } from '../../../runner/projection';
import type { DirectiveSearchQuery, DirectiveSearchResult, DirectiveStatus, FacetValue, SearchDirectiveDoc } from '../../search-index.port';
import { ftsExpression, matchTerms, type MatchTerms } from './fts5-match';
import { markSnippet } from './snippet';

/**
 * The FTS5 search index as synchronous functions over a connection, so the directives projection can write it
 * inside the runner's transaction; `Fts5SearchIndex` wraps them in the async port.
 */

const FACET_LIMIT = 50;
const MAX_LIMIT = 200;

const sameUnits = (a: SearchDirectiveDoc, b: SearchDirectiveDoc): boolean =>
  JSON.stringify([a.units, a.unitIds]) === JSON.stringify([b.units, b.unitIds]);

/** Replaces by id; the text index and unit links are rewritten only when they changed (a status change touches neither). */
export function upsertDirectivesSync(db: Database, docs: readonly SearchDirectiveDoc[]): void {
  const existing = cachedStatement(db, 'SELECT seq, doc FROM search_directives WHERE id = ?');
  const insert = cachedStatement(
    db,
    `INSERT INTO search_directives (id, document_id, ordinal, status, due, year, issuer, doc)
     VALUES (@id, @documentId, @ordinal, @status, @due, @year, @issuer, @doc)`,
  );
  const update = cachedStatement(
    db,
    `UPDATE search_directives SET document_id = @documentId, ordinal = @ordinal, status = @status, due = @due,
       year = @year, issuer = @issuer, doc = @doc WHERE seq = @seq`,
  );
  const deleteText = cachedStatement(db, 'DELETE FROM search_directives_fts WHERE rowid = ?');
  const insertText = cachedStatement(db, 'INSERT INTO search_directives_fts (rowid, folded, exact) VALUES (?, ?, ?)');
  const deleteUnits = cachedStatement(db, 'DELETE FROM search_directive_units WHERE seq = ?');
  const insertUnit = cachedStatement(db, 'INSERT OR IGNORE INTO search_directive_units (seq, is_id, unit) VALUES (?, ?, ?)');
  for (const doc of docs) {
    const columns = {
      id: doc.id,
      documentId: doc.documentId,
      ordinal: doc.ordinal,
      status: doc.status,
      due: doc.due,
      year: doc.year,
      issuer: doc.issuer,
      doc: JSON.stringify(doc),
    };
    const found = existing.get(doc.id) as { seq: number; doc: string } | undefined;
    let seq: number;
    let previous: SearchDirectiveDoc | null = null;
    if (found) {
      seq = found.seq;
      previous = JSON.parse(found.doc) as SearchDirectiveDoc;
      update.run({ ...columns, seq });
    } else {
      seq = Number(insert.run(columns).lastInsertRowid);
    }
    if (previous?.text !== doc.text) {
      if (previous) deleteText.run(seq);
      insertText.run(seq, foldKeepingOffsets(doc.text), doc.text);
    }
    if (!previous || !sameUnits(previous, doc)) {
      if (previous) deleteUnits.run(seq);
      for (const unit of doc.units) insertUnit.run(seq, 0, unit);
      for (const unit of doc.unitIds) insertUnit.run(seq, 1, unit);
    }
  }
}

/** A status change only: the text index and unit links stay as they are. Returns false when the id is not indexed. */
export function setStatusSync(db: Database, id: string, status: DirectiveStatus): boolean {
  return (
    cachedStatement(db, "UPDATE search_directives SET status = @status, doc = json_set(doc, '$.status', @status) WHERE id = @id").run({ id, status })
      .changes > 0
  );
}

export function deleteDocumentSync(db: Database, documentId: string): void {
  // Row by row: FTS5 answers `rowid IN (subquery)` far slower than one rowid at a time.
  const seqs = cachedStatement(db, 'SELECT seq FROM search_directives WHERE document_id = ?').pluck().all(documentId) as number[];
  if (seqs.length === 0) return;
  const deleteText = cachedStatement(db, 'DELETE FROM search_directives_fts WHERE rowid = ?');
  const deleteUnits = cachedStatement(db, 'DELETE FROM search_directive_units WHERE seq = ?');
  for (const seq of seqs) {
    deleteText.run(seq);
    deleteUnits.run(seq);
  }
  cachedStatement(db, 'DELETE FROM search_directives WHERE document_id = ?').run(documentId);
}

export function clearSync(db: Database): void {
  db.exec(
    "INSERT INTO search_directives_fts (search_directives_fts) VALUES ('delete-all'); DELETE FROM search_directive_units; DELETE FROM search_directives;",
  );
}

/** The FROM and WHERE that select every hit of a query: what the page, the total and each facet share. */
interface Hits {
  from: string;
  where: string[];
  params: Record<string, unknown>;
}

function hitsOf(query: DirectiveSearchQuery, terms: MatchTerms | null): Hits {
  const hits: Hits = { from: 'search_directives d', where: [], params: {} };
  if (terms) {
    hits.from = 'search_directives_fts f JOIN search_directives d ON d.seq = f.rowid';
    hits.where.push('search_directives_fts MATCH @match');
    hits.params.match = ftsExpression('folded', terms.folded);
  }
  const filters: [string, keyof DirectiveSearchQuery][] = [
    ['d.year = @year', 'year'],
    ['d.issuer = @issuer', 'issuer'],
    ['d.status = @status', 'status'],
    ['d.due >= @dueFrom', 'dueFrom'],
    ['d.due <= @dueTo', 'dueTo'],
    ['EXISTS (SELECT 1 FROM search_directive_units u WHERE u.seq = d.seq AND u.unit = @unit)', 'unit'],
  ];
  for (const [condition, name] of filters) {
    const value = query[name];
    if (value === undefined || value === null || value === '') continue;
    hits.where.push(condition);
    hits.params[name] = value;
  }
  return hits;
}

const sql = ({ from, where }: Hits, select: string, extraJoin = '', extraWhere: string[] = []): string => {
  const conditions = [...where, ...extraWhere];
  return `SELECT ${select} FROM ${from} ${extraJoin} ${conditions.length ? 'WHERE ' + conditions.join(' AND ') : ''}`;
};

/** Ranked by whether the words match as typed (accented queries only), then bm25; without words, in plan order. */
function pageOf(db: Database, hits: Hits, terms: MatchTerms | null, query: DirectiveSearchQuery): SearchDirectiveDoc[] {
  const params = { ...hits.params, limit: Math.min(Math.max(query.limit ?? 20, 0), MAX_LIMIT), offset: Math.max(query.offset ?? 0, 0) };
  let select = 'd.doc AS doc';
  let order = 'd.document_id, d.ordinal';
  if (terms?.exact) {
    select += ', f.rowid IN (SELECT rowid FROM search_directives_fts WHERE search_directives_fts MATCH @exactMatch) AS exact';
    order = 'exact DESC, bm25(search_directives_fts), d.seq';
    Object.assign(params, { exactMatch: ftsExpression('exact', terms.exact) });
  } else if (terms) {
    order = 'bm25(search_directives_fts), d.seq';
  }
  const rows = cachedStatement(db, `${sql(hits, select)} ORDER BY ${order} LIMIT @limit OFFSET @offset`).all(params) as { doc: string }[];
  return rows.map(({ doc }) => JSON.parse(doc) as SearchDirectiveDoc);
}

type FacetName = keyof DirectiveSearchResult['facets'];

/**
 * The total and every facet from one statement: the hits are found once (MATCH is the costly part) and grouped
 * three ways. Unit facets count directives, as each unit appears once per directive.
 */
function countsOf(db: Database, hits: Hits): Pick<DirectiveSearchResult, 'total' | 'facets'> {
  const grouped = (name: FacetName, column: string, from: string) =>
    `SELECT * FROM (SELECT '${name}' AS facet, ${column} AS value, COUNT(*) AS count FROM ${from} WHERE ${column} IS NOT NULL
       GROUP BY ${column} ORDER BY count DESC, value LIMIT ${FACET_LIMIT})`;
  const statement = `WITH hits AS MATERIALIZED (${sql(hits, 'd.seq AS seq, d.year AS year, d.issuer AS issuer')})
    SELECT 'total' AS facet, NULL AS value, COUNT(*) AS count FROM hits
    UNION ALL ${grouped('unit', 'u.unit', 'hits JOIN search_directive_units u ON u.seq = hits.seq AND u.is_id = 0')}
    UNION ALL ${grouped('year', 'year', 'hits')}
    UNION ALL ${grouped('issuer', 'issuer', 'hits')}`;
  const rows = cachedStatement(db, statement).all(hits.params) as { facet: FacetName | 'total'; value: never; count: number }[];
  const result: Pick<DirectiveSearchResult, 'total' | 'facets'> = { total: 0, facets: { unit: [], year: [], issuer: [] } };
  for (const { facet, value, count } of rows) {
    if (facet === 'total') result.total = count;
    else result.facets[facet].push({ value, count });
  }
  // A compound SELECT does not promise to keep its parts' order.
  const byCount = (a: FacetValue<string | number>, b: FacetValue<string | number>) =>
    b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
  for (const values of Object.values(result.facets)) values.sort(byCount);
  return result;
}

export function searchSync(db: Database, query: DirectiveSearchQuery): DirectiveSearchResult {
  const terms = matchTerms(query.q);
  const hits = hitsOf(query, terms);
  const { total, facets } = countsOf(db, hits);
  const items = total === 0 ? [] : pageOf(db, hits, terms, query);
  return { total, items: items.map((doc) => ({ ...doc, snippet: markSnippet(doc.text, terms?.folded ?? []) })), facets };
}
