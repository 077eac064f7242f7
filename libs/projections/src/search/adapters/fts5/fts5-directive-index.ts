import type { Database } from 'better-sqlite3';
import { foldKeepingOffsets } from '@plan-ledger/extraction';
import { cachedStatement } from '../../../runner/projection';
import { unitFilterOf, type DirectiveSearchQuery, type DirectiveSearchResult, type DirectiveStatus, type FacetValue, type SearchDirectiveDoc } from '../../search-index.port';
import { facetColumns, forgetFacetColumns, type FacetColumns } from './facet-columns';
import { ftsExpression, ftsPhrase, matchTerms, type MatchTerms } from './fts5-match';
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
  forgetFacetColumns(db);
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
  forgetFacetColumns(db);
  const deleteText = cachedStatement(db, 'DELETE FROM search_directives_fts WHERE rowid = ?');
  const deleteUnits = cachedStatement(db, 'DELETE FROM search_directive_units WHERE seq = ?');
  for (const seq of seqs) {
    deleteText.run(seq);
    deleteUnits.run(seq);
  }
  cachedStatement(db, 'DELETE FROM search_directives WHERE document_id = ?').run(documentId);
}

export function clearSync(db: Database): void {
  forgetFacetColumns(db);
  db.exec(
    "INSERT INTO search_directives_fts (search_directives_fts) VALUES ('delete-all'); DELETE FROM search_directive_units; DELETE FROM search_directives;",
  );
}

/** The FROM and WHERE that select every hit of a query: what the page, the total and the facets share. */
interface Hits {
  from: string;
  /** The hit's seq: FTS5's rowid when the words are matched. */
  seq: string;
  where: string[];
  params: Record<string, unknown>;
}

function hitsOf(query: DirectiveSearchQuery, terms: MatchTerms | null): Hits {
  const hits: Hits = { from: 'search_directives d', seq: 'd.seq', where: [], params: {} };
  const filters: [string, Exclude<keyof DirectiveSearchQuery, 'unit'>][] = [
    ['d.year = @year', 'year'],
    ['d.issuer = @issuer', 'issuer'],
    ['d.status = @status', 'status'],
    ['d.due >= @dueFrom', 'dueFrom'],
    ['d.due <= @dueTo', 'dueTo'],
  ];
  for (const [condition, name] of filters) {
    const value = query[name];
    if (value === undefined || value === null || value === '') continue;
    hits.where.push(condition);
    hits.params[name] = value;
  }
  const units = unitFilterOf(query);
  if (units.length > 0) {
    hits.where.push('EXISTS (SELECT 1 FROM search_directive_units u WHERE u.seq = d.seq AND u.unit IN (SELECT value FROM json_each(@units)))');
    hits.params.units = JSON.stringify(units);
  }
  if (terms) {
    // The directives table is joined only when a filter needs it: the join is a B-tree lookup per hit.
    hits.from = hits.where.length ? 'search_directives_fts f JOIN search_directives d ON d.seq = f.rowid' : 'search_directives_fts f';
    hits.seq = 'f.rowid';
    hits.where.unshift('search_directives_fts MATCH @match');
    hits.params.match = ftsExpression('folded', terms.folded);
  }
  return hits;
}

const sql = ({ from, where }: Hits, select: string): string => `SELECT ${select} FROM ${from} ${where.length ? 'WHERE ' + where.join(' AND ') : ''}`;

/** Every hit's seq, in one row: FTS5 and group_concat walk the hits in C, far faster than a row per hit. */
function hitSeqs(db: Database, hits: Hits): number[] {
  const list = cachedStatement(db, sql(hits, `group_concat(${hits.seq})`)).pluck().get(hits.params) as string | null;
  if (!list) return [];
  const seqs: number[] = [];
  let n = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list.charCodeAt(i);
    if (c === 44) {
      seqs.push(n);
      n = 0;
    } else n = n * 10 + c - 48;
  }
  seqs.push(n);
  return seqs;
}

/** Ranked by bm25 on the folded column (the exact column weighs nothing: it only decides the groups). */
const RANKED = 'bm25(search_directives_fts, 1.0, 0.0), f.rowid';

function rankedPage(db: Database, hits: Hits, match: string, limit: number, offset: number): SearchDirectiveDoc[] {
  if (limit <= 0) return [];
  // Ranked inside FTS5 (with the directives table only if a filter needs it); documents read for the page alone.
  const statement = `SELECT d.doc AS doc FROM (${sql(hits, `f.rowid AS seq, ${RANKED} AS score`)} ORDER BY ${RANKED} LIMIT @limit OFFSET @offset) r
    JOIN search_directives d ON d.seq = r.seq ORDER BY r.score, r.seq`;
  const rows = cachedStatement(db, statement).all({ ...hits.params, match, limit, offset }) as { doc: string }[];
  return rows.map(({ doc }) => JSON.parse(doc) as SearchDirectiveDoc);
}

/**
 * Ranked in tiers, then bm25 within each: an accented query puts the hits with its words as typed first, and a
 * query of several words puts the hits with them side by side (as a phrase) before those with them apart.
 * Without words, in plan order. Each tier is one FTS5 query, paged across: cheaper than testing every hit.
 */
function pageOf(db: Database, hits: Hits, terms: MatchTerms | null, query: DirectiveSearchQuery): SearchDirectiveDoc[] {
  const limit = Math.min(Math.max(query.limit ?? 20, 0), MAX_LIMIT);
  const offset = Math.max(query.offset ?? 0, 0);
  if (!terms) {
    const statement = `${sql(hits, 'd.doc AS doc')} ORDER BY d.document_id, d.ordinal LIMIT @limit OFFSET @offset`;
    return (cachedStatement(db, statement).all({ ...hits.params, limit, offset }) as { doc: string }[]).map(({ doc }) => JSON.parse(doc));
  }
  const page: SearchDirectiveDoc[] = [];
  let skip = offset;
  for (const match of rankingTiers(terms)) {
    const found = rankedPage(db, hits, match, limit - page.length, skip);
    page.push(...found);
    if (page.length === limit) break;
    // This tier ended on this page (or before it): how many it had decides where the next one starts.
    const tierCount = found.length > 0 || skip === 0 ? skip + found.length : (cachedStatement(db, sql(hits, 'COUNT(*)')).pluck().get({ ...hits.params, match }) as number);
    skip = Math.max(skip - tierCount, 0);
  }
  return page;
}

/** Disjoint FTS5 expressions covering every hit, best first: each ranking condition splits the tiers before it. */
function rankingTiers(terms: MatchTerms): string[] {
  const conditions = [
    ...(terms.exact ? [ftsExpression('exact', terms.exact)] : []),
    ...(terms.folded.length > 1 ? [ftsPhrase('folded', terms.folded)] : []),
  ];
  let tiers = [ftsExpression('folded', terms.folded)];
  for (const condition of conditions) tiers = tiers.flatMap((tier) => [`(${tier}) AND (${condition})`, `(${tier}) NOT (${condition})`]);
  return tiers;
}

function top<T extends string | number>(counts: Map<T, number>): FacetValue<T>[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, FACET_LIMIT);
}

/** Facets counted over the hit list from the in-memory facet columns (see facet-columns.ts for why). */
function facetsOf(columns: FacetColumns, seqs: readonly number[]): DirectiveSearchResult['facets'] {
  const years = new Map<number, number>();
  const issuers = new Int32Array(columns.issuers.length);
  const units = new Int32Array(columns.units.length);
  for (const seq of seqs) {
    const year = columns.year[seq];
    if (year !== -1) years.set(year, (years.get(year) ?? 0) + 1);
    const issuer = columns.issuer[seq];
    if (issuer !== -1) issuers[issuer]++;
    for (let u = columns.unitStart[seq]; u < columns.unitStart[seq + 1]; u++) units[columns.unitIndex[u]]++;
  }
  const named = (counts: Int32Array, names: string[]) => new Map(names.map((name, i) => [name, counts[i]] as const).filter(([, count]) => count > 0));
  return { unit: top(named(units, columns.units)), year: top(years), issuer: top(named(issuers, columns.issuers)) };
}

/**
 * Hits are listed once (one group_concat row: FTS5 walks them in C), giving the total and, through the in-memory
 * facet columns, the facets; only the page's documents are read from the table.
 */
export function searchSync(db: Database, query: DirectiveSearchQuery): DirectiveSearchResult {
  const terms = matchTerms(query.q);
  const hits = hitsOf(query, terms);
  const seqs = hitSeqs(db, hits);
  if (seqs.length === 0) return { total: 0, items: [], facets: { unit: [], year: [], issuer: [] } };
  const items = pageOf(db, hits, terms, query);
  return {
    total: seqs.length,
    items: items.map((doc) => ({ ...doc, snippet: markSnippet(doc.text, terms?.folded ?? []) })),
    facets: facetsOf(facetColumns(db), seqs),
  };
}

/** The page alone, without total and facets (what a type-ahead needs; the benchmark's "top 20"). */
export function searchPageSync(db: Database, query: DirectiveSearchQuery): SearchDirectiveDoc[] {
  const terms = matchTerms(query.q);
  return pageOf(db, hitsOf(query, terms), terms, query);
}
