import * as path from 'node:path';
import { PlanLedgerError } from '@plan-ledger/domain';
import { loadSettings } from './settings';

describe('loadSettings', () => {
  it('defaults to the embedded mode with data in ./data and port 3000', () => {
    const s = loadSettings({}, '/srv/app');
    expect(s.dataDir).toBe(path.resolve('/srv/app', 'data'));
    expect(s.port).toBe(3000);
    expect([s.eventStore.mode, s.search.mode, s.jobQueue.mode]).toEqual(['embedded', 'embedded', 'embedded']);
    expect(s.crashAfter).toBeNull();
  });

  it.each([
    ['PLAN_LEDGER_DATA_DIR', '/tmp/pl', (s: ReturnType<typeof loadSettings>) => s.dataDir, '/tmp/pl'],
    ['PORT', '8080', (s: ReturnType<typeof loadSettings>) => s.port, 8080],
    ['PLAN_LEDGER_MAX_UPLOAD_BYTES', '1024', (s: ReturnType<typeof loadSettings>) => s.limits.maxUploadBytes, 1024],
    ['PLAN_LEDGER_CRASH_AFTER', 'TextExtracted:3', (s: ReturnType<typeof loadSettings>) => s.crashAfter, { eventType: 'TextExtracted', count: 3 }],
    ['REDIS_URL', 'redis://localhost:6379', (s: ReturnType<typeof loadSettings>) => s.jobQueue, { mode: 'scaled', url: 'redis://localhost:6379' }],
    ['EVENTSTORE_URL', 'esdb://localhost:2113?tls=false', (s: ReturnType<typeof loadSettings>) => s.eventStore.mode, 'scaled'],
    ['MEILI_URL', 'http://meilisearch:7700', (s: ReturnType<typeof loadSettings>) => s.search, { mode: 'scaled', url: 'http://meilisearch:7700', masterKey: null }],
    ['PLAN_LEDGER_JOB_LOCK_MS', '1500', (s: ReturnType<typeof loadSettings>) => s.jobs.lockMs, 1500],
    ['PLAN_LEDGER_RATE_LIMIT', '5', (s: ReturnType<typeof loadSettings>) => s.limits.rateLimit, 5],
    ['PLAN_LEDGER_LOGIN_RATE_LIMIT', '3', (s: ReturnType<typeof loadSettings>) => s.limits.loginRateLimit, 3],
  ])('reads %s=%s', (name, value, read, expected) => {
    expect(read(loadSettings({ [name]: value }, '/'))).toEqual(expected);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['PLAN_LEDGER_MAX_UPLOAD_BYTES', '0'],
    ['PLAN_LEDGER_RATE_WINDOW_MS', '10'],
    ['PLAN_LEDGER_CRASH_AFTER', 'TextExtracted'],
    ['REDIS_URL', 'not a url'],
    ['EVENTSTORE_URL', 'http://localhost:2113'],
    ['MEILI_URL', 'localhost:7700'],
    ['PLAN_LEDGER_JOB_LOCK_MS', '50'],
  ])('refuses %s=%s naming the variable', (name, value) => {
    let caught: unknown;
    try {
      loadSettings({ [name]: value });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PlanLedgerError);
    expect((caught as PlanLedgerError).code).toBe('CONFIG.INVALID');
    expect((caught as PlanLedgerError).message).toContain(name);
  });

  it('ignores variables it does not know', () => {
    expect(() => loadSettings({ PATH: '/bin', UNRELATED: 'x' })).not.toThrow();
  });
});
