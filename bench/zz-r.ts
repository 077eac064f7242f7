import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { SqliteEventStore } from '@plan-ledger/event-store';
import { ProjectionRunner, READ_MODEL_PROJECTIONS, ReadModelStore } from '@plan-ledger/projections';
(async () => {
  const dir = process.argv[2];
  const events = new SqliteEventStore(path.join(dir, 'events.sqlite'));
  const all = await events.readAll({});
  const byType: Record<string, number> = {};
  for (const e of all) byType[e.type] = (byType[e.type] ?? 0) + 1;
  console.log(byType);
  for (const p of READ_MODEL_PROJECTIONS) {
    const store = new ReadModelStore(path.join(dir, `rb-${p.name}.sqlite`));
    const runner = new ProjectionRunner(events, store, [p]);
    const a = performance.now();
    const r = await runner.rebuild();
    const b = performance.now();
    const r2 = await runner.rebuild();
    console.log(p.name.padEnd(14), r.events, (b - a).toFixed(0), 'ms; second', (performance.now() - b).toFixed(0), 'ms');
    store.close();
  }
})();
