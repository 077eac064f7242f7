import Database from 'better-sqlite3';
import { performance } from 'node:perf_hooks';
import { foldVietnamese } from '@plan-ledger/extraction';
const db = new Database(process.argv[2]);
db.pragma('cache_size = -65536');
const t = (label: string, sql: string, p: any) => { const s = db.prepare(sql); s.all(p); const a = performance.now(); let r; for (let i = 0; i < 5; i++) r = s.all(p); console.log(label.padEnd(28), ((performance.now() - a) / 5).toFixed(1), 'ms', JSON.stringify(r).slice(0, 80)); };
for (const q of ['thi đua', 'thực hiện', 'khen', 'báo cáo kết quả', 'các']) {
  const words = q.split(' ');
  const m = words.map((w, i) => `folded : "${foldVietnamese(w)}"${i === words.length - 1 ? ' *' : ''}`).join(' AND ');
  const e = words.map((w, i) => `exact : "${w}"${i === words.length - 1 ? ' *' : ''}`).join(' AND ');
  console.log('==', q);
  t('count fts only', 'SELECT count(*) c FROM search_directives_fts WHERE search_directives_fts MATCH ?', [m]);
  t('count join', 'SELECT count(*) c FROM search_directives_fts f JOIN search_directives d ON d.seq=f.rowid WHERE search_directives_fts MATCH ?', [m]);
  t('top20 fts only bm25', 'SELECT rowid FROM search_directives_fts WHERE search_directives_fts MATCH ? ORDER BY bm25(search_directives_fts) LIMIT 20', [m]);
  t('top20 fts rank', 'SELECT rowid FROM search_directives_fts WHERE search_directives_fts MATCH ? ORDER BY rank LIMIT 20', [m]);
  t('top20 join doc', 'SELECT d.doc FROM search_directives_fts f JOIN search_directives d ON d.seq=f.rowid WHERE search_directives_fts MATCH ? ORDER BY bm25(search_directives_fts), d.seq LIMIT 20', [m]);
  t('exact set', 'SELECT count(*) FROM search_directives_fts WHERE search_directives_fts MATCH ?', [e]);
  t('year facet', 'SELECT d.year, count(*) FROM search_directives_fts f JOIN search_directives d ON d.seq=f.rowid WHERE search_directives_fts MATCH ? GROUP BY d.year', [m]);
  t('unit facet', 'SELECT fu.unit, count(*) c FROM search_directives_fts f JOIN search_directives d ON d.seq=f.rowid JOIN search_directive_units fu ON fu.seq=d.seq AND fu.is_id=0 WHERE search_directives_fts MATCH ? GROUP BY fu.unit ORDER BY c DESC LIMIT 50', [m]);
  t('unit facet no d', 'SELECT fu.unit, count(*) c FROM search_directives_fts f JOIN search_directive_units fu ON fu.seq=f.rowid AND fu.is_id=0 WHERE search_directives_fts MATCH ? GROUP BY fu.unit ORDER BY c DESC LIMIT 50', [m]);
  t('rowids only', 'SELECT rowid FROM search_directives_fts WHERE search_directives_fts MATCH ?', [m]);
}
