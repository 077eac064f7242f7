import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
const mb = () => (process.memoryUsage().rss / 2 ** 20).toFixed(0) + 'MB heap ' + (process.memoryUsage().heapUsed / 2 ** 20).toFixed(0) + ' ext ' + (process.memoryUsage().external / 2 ** 20).toFixed(0) + ' ab ' + (process.memoryUsage().arrayBuffers / 2 ** 20).toFixed(0);
console.log('start', mb());
require('typescript');
console.log('after ts (already loaded by register)', mb());
(async () => {
  const { openPipeline } = await import('./pipeline');
  const { generatedPlan } = await import('./plan-variants');
  console.log('imports', mb());
  const p = await openPipeline(path.join(mkdtempSync(path.join(tmpdir(), 'bm-')), 'd'));
  console.log('boot', mb());
  const timer = setInterval(() => console.log('tick', mb()), 1000);
  const serial = process.argv[2] === 'serial';
  for (let n = 0; n < 100; n++) { const g = await generatedPlan(n); await p.receive({ bytes: g.bytes, fileName: g.fileName }); if (serial) await p.settle(); }
  console.log('received', mb());
  await p.settle();
  console.log('settled', mb(), 'max', process.resourceUsage().maxRSS / 1024);
  clearInterval(timer);
  await p.close();
})();
