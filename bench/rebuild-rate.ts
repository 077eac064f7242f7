import * as path from 'node:path';
import { SqliteEventStore } from '@plan-ledger/event-store';
import { ProjectionRunner, READ_MODEL_PROJECTIONS, ReadModelStore } from '@plan-ledger/projections';
import { timed } from './stats';

export interface RebuildRate {
  events: number;
  ms: number;
  eventsPerSecond: number;
  documentsByStatus: Record<string, number>;
}

/** Replays a data directory's event log into fresh read models (every projection), as `plan-ledger rebuild` does. */
export async function measureRebuildRate(dataDir: string): Promise<RebuildRate> {
  const events = new SqliteEventStore(path.join(dataDir, 'events.sqlite'));
  const store = new ReadModelStore(path.join(dataDir, 'rebuilt-read-models.sqlite'));
  try {
    const runner = new ProjectionRunner(events, store, READ_MODEL_PROJECTIONS);
    const { result, ms } = await timed(() => runner.rebuild());
    const statuses = store.db.prepare('SELECT status, COUNT(*) AS n FROM documents GROUP BY status').all() as { status: string; n: number }[];
    return {
      events: result.events,
      ms,
      eventsPerSecond: (result.events * 1000) / ms,
      documentsByStatus: Object.fromEntries(statuses.map(({ status, n }) => [status, n])),
    };
  } finally {
    store.close();
    await events.close();
  }
}
