import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadSettings } from '@plan-ledger/config';
import { SqliteEventStore } from '@plan-ledger/event-store';
import { InProcessJobQueue } from '@plan-ledger/jobs';
import { BullJobQueue } from '@plan-ledger/jobs/bull';
import { Fts5SearchIndex, ReadModelStore } from '@plan-ledger/projections';
import { startRedisForTests } from '../../../../libs/jobs/src/testing/redis-server';
import { engineHealth } from './engine-health';

describe('engineHealth', () => {
  let dir: string;
  let events: SqliteEventStore;
  let readModels: ReadModelStore;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'plan-ledger-health-'));
    events = new SqliteEventStore(path.join(dir, 'events.sqlite'));
    readModels = new ReadModelStore(path.join(dir, 'read-models.sqlite'));
  });
  afterEach(async () => {
    await events.close();
    readModels.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports every embedded engine as answering', async () => {
    const jobs = new InProcessJobQueue({ attempts: 1, backoffMs: 1 });
    const health = await engineHealth(loadSettings({}, dir), { events, search: new Fts5SearchIndex(readModels.db), jobs });
    expect(health).toEqual({
      eventStore: { mode: 'embedded', engine: 'sqlite', ok: true },
      search: { mode: 'embedded', engine: 'fts5', ok: true },
      jobQueue: { mode: 'embedded', engine: 'in-process', ok: true },
    });
  });

  it('reports Redis as answering, then as down once it stops', async () => {
    const redis = await startRedisForTests({ ownServer: true });
    const settings = loadSettings({ REDIS_URL: redis.url }, dir);
    const jobs = new BullJobQueue({ attempts: 1, backoffMs: 1, redisUrl: redis.url, prefix: 'health' });
    const ports = { events, search: new Fts5SearchIndex(readModels.db), jobs };
    try {
      expect((await engineHealth(settings, ports)).jobQueue).toEqual({ mode: 'scaled', engine: 'bull-redis', ok: true });
      await redis.stop();
      const down = (await engineHealth(settings, ports)).jobQueue;
      expect(down).toMatchObject({ mode: 'scaled', engine: 'bull-redis', ok: false, error: expect.any(String) });
    } finally {
      await jobs.close().catch(() => undefined);
      await redis.stop();
    }
  });
});
