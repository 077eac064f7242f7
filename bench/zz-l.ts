import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { openPipeline } from './pipeline';
import { LONG_DOCX } from './fixtures';
(async () => {
  const p = await openPipeline(path.join(mkdtempSync(path.join(tmpdir(), 'bl-')), 'd'));
  const r = await p.receive({ bytes: readFileSync(LONG_DOCX), fileName: 'long.docx' });
  await p.settle();
  const { SqliteEventStore } = await import('@plan-ledger/event-store');
  console.log(r.id, 'max', process.resourceUsage().maxRSS / 1024);
  await p.close();
})();
