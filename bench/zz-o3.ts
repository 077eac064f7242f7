import Database from 'better-sqlite3';
import { performance } from 'node:perf_hooks';
import { searchSync, topSync } from '/tmp/bh/search-new';
const db = new Database(process.argv[2]);
db.pragma('cache_size = -65536');
const t = (label: string, f: () => any) => { f(); const a = performance.now(); for (let i = 0; i < 5; i++) f(); console.log(label.padEnd(24), ((performance.now() - a) / 5).toFixed(1), 'ms'); };
for (const q of ['thi đua', 'thi dua', 'các', 'cac', 'khen thưởng']) {
  t('top ' + q, () => topSync(db as any, { q }));
  t('full ' + q, () => searchSync(db as any, { q }));
}
