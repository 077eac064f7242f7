import Database from 'better-sqlite3';
import { performance } from 'node:perf_hooks';
import { searchSync } from '../libs/projections/src/search/adapters/fts5/fts5-directive-index';
import { ftsExpression, matchTerms } from '../libs/projections/src/search/adapters/fts5/fts5-match';
import { samplePlans, sampleQueries } from './search-corpus';
import { median, percentile } from './stats';

const db = new Database(process.argv[2]);
db.pragma('cache_size = -65536');
const st = new Map<string, any>();
const prep = (sql: string) => { let s = st.get(sql); if (!s) { s = db.prepare(sql); st.set(sql, s); } return s; };

function top(q: string, limit = 20, offset = 0) {
  const terms = matchTerms(q)!;
  const params: any = { match: ftsExpression('folded', terms.folded), limit, offset };
  let inner: string;
  if (terms.exact) {
    params.exactMatch = ftsExpression('exact', terms.exact);
    inner = `SELECT rowid AS seq, rowid IN (SELECT rowid FROM search_directives_fts WHERE search_directives_fts MATCH @exactMatch) AS exact, bm25(search_directives_fts) AS score
      FROM search_directives_fts WHERE search_directives_fts MATCH @match ORDER BY exact DESC, score, seq LIMIT @limit OFFSET @offset`;
  } else {
    inner = `SELECT rowid AS seq, bm25(search_directives_fts) AS score FROM search_directives_fts WHERE search_directives_fts MATCH @match ORDER BY score, seq LIMIT @limit OFFSET @offset`;
  }
  return prep(`SELECT d.doc FROM (${inner}) r JOIN search_directives d ON d.seq = r.seq`).all(params);
}
function full(q: string) {
  const terms = matchTerms(q)!;
  const match = ftsExpression('folded', terms.folded);
  const total = prep('SELECT count(*) AS n FROM search_directives_fts WHERE search_directives_fts MATCH ?').get(match).n;
  const items = top(q);
  const yi = prep('SELECT d.year AS year, d.issuer AS issuer, count(*) AS n FROM search_directives_fts f JOIN search_directives d ON d.seq = f.rowid WHERE search_directives_fts MATCH ? GROUP BY d.year, d.issuer').all(match);
  const units = prep('SELECT u.unit AS value, count(*) AS count FROM search_directives_fts f JOIN search_directive_units u ON u.seq = f.rowid AND u.is_id = 0 WHERE search_directives_fts MATCH ? GROUP BY u.unit ORDER BY count DESC, value LIMIT 50').all(match);
  return { total, items, yi, units };
}
(async () => {
  const queries = sampleQueries(await samplePlans(), 1000);
  for (const [name, fn] of [['top20 new', (q: string) => top(q)], ['full new', full], ['full old', (q: string) => searchSync(db as any, { q, limit: 20 })]] as const) {
    const ms: number[] = [];
    for (const { q } of queries) { const a = performance.now(); (fn as any)(q!); ms.push(performance.now() - a); }
    console.log(name, median(ms).toFixed(1), percentile(ms, 95).toFixed(1));
  }
  // same results?
  let diff = 0;
  for (const { q } of queries.slice(0, 200)) { const o = searchSync(db as any, { q, limit: 20 }); const n = top(q!).map((r: any) => JSON.parse(r.doc).id); if (JSON.stringify(o.items.map((i) => i.id)) !== JSON.stringify(n)) diff++; }
  console.log('page differs', diff, '/ 200');
})();
