import type { Settings } from '@plan-ledger/config';
import { ProjectionRunner } from '@plan-ledger/projections';
import { openContext } from './cli-context';
import { EXIT } from './exit-codes';

/** `plan-ledger rebuild`: drops every read model and replays the whole log into it. */
export async function rebuildCommand(settings: Settings, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const app = await openContext(settings, { runJobs: false, runProjections: false });
  try {
    const started = process.hrtime.bigint();
    const { events } = await app.get(ProjectionRunner).rebuild();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const rate = seconds > 0 ? Math.round(events / seconds) : events;
    out.write(`rebuilt read models from ${events} events in ${seconds.toFixed(2)} s (${rate} events/s)\n`);
    return EXIT.ok;
  } finally {
    await app.close();
  }
}
