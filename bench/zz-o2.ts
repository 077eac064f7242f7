import Database from 'better-sqlite3';
import { performance } from 'node:perf_hooks';
import { searchSync as oldSearch } from '../libs/projections/src/search/adapters/fts5/fts5-directive-index';
import { searchSync, topSync } from '/tmp/bh/search-new';
import { samplePlans, sampleQueries } from './search-corpus';
import { median, percentile } from './stats';
const db = new Database(process.argv[2]);
db.pragma('cache_size = -65536');
(async () => {
  const queries = sampleQueries(await samplePlans(), 1000);
  let a = performance.now(); searchSync(db as any, { q: 'x' }); console.log('cache load', (performance.now() - a).toFixed(0));
  for (const [name, fn] of [['top new', (q: any) => topSync(db as any, q)], ['full new', (q: any) => searchSync(db as any, q)]] as const) {
    const ms: number[] = [];
    for (const q of queries) { const a = performance.now(); fn(q); ms.push(performance.now() - a); }
    console.log(name, median(ms).toFixed(1), percentile(ms, 95).toFixed(1));
  }
  let diff = 0;
  const extra = [{ q: 'thi đua', year: 2016 }, { q: 'khen', unit: 'Văn phòng' }, { year: 2015 }, { q: 'báo cáo', status: 'done' as const, offset: 5 }, { q: 'Thi đua', issuer: 'Sở Ngoại vụ' }];
  for (const q of [...queries.slice(0, 100), ...extra]) { const o = oldSearch(db as any, q as any); const n = searchSync(db as any, q as any); if (JSON.stringify(o) !== JSON.stringify(n)) { diff++; if (diff < 3) console.log('DIFF', JSON.stringify(q), JSON.stringify(o).slice(0, 300), '\n', JSON.stringify(n).slice(0, 300)); } }
  console.log('differs', diff, '/ 105');
})();
