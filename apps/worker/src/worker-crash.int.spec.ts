import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { NestFactory } from '@nestjs/core';
import Bull from 'bull';
import { loadSettings } from '@plan-ledger/config';
import { SqliteEventStore, type StoredEvent } from '@plan-ledger/event-store';
import { DocumentIntake, EXTRACT_TEXT_JOB, IngestionModule, PARSE_PLAN_JOB } from '@plan-ledger/ingestion';
import { startRedisForTests, type RedisForTests } from '../../../libs/jobs/src/testing/redis-server';

const repoRoot = path.resolve(__dirname, '../../..');
const sharedDir = process.env.PLAN_LEDGER_SHARED_DIR ?? path.resolve(repoRoot, '../shared');
const PLAN = path.join(sharedDir, 'fixtures', 'plans', '001.docx');

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** The real worker (apps/worker/src/main.ts) in a child process, as `docker compose` runs it. */
function startWorker(env: Record<string, string>): { child: ChildProcess; exited: Promise<Exit>; output: () => string } {
  let output = '';
  const child = spawn(process.execPath, ['-r', './tools/register-ts.js', 'apps/worker/src/main.ts'], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, OMP_THREAD_LIMIT: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += String(chunk)));
  child.stderr!.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<Exit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, exited, output: () => output };
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('a Bull worker killed in the middle of a job', () => {
  let redis: RedisForTests;
  let dataDir: string;
  let env: Record<string, string>;
  const prefix = 'plan-ledger';

  beforeAll(async () => {
    // A server of its own: the worker uses the default key prefix, which a shared REDIS_URL may hold real jobs under.
    redis = await startRedisForTests({ ownServer: true });
    dataDir = mkdtempSync(path.join(tmpdir(), 'plan-ledger-worker-'));
    // A short lock, so the restarted worker takes the dead one's job over within a second or two.
    env = { REDIS_URL: redis.url, PLAN_LEDGER_DATA_DIR: dataDir, PLAN_LEDGER_JOB_LOCK_MS: '1000', PLAN_LEDGER_JOB_BACKOFF_MS: '50' };
  });
  afterAll(async () => {
    await redis.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is taken over after restart and finishes once, writing no event twice', async () => {
    // The api's side: receive the plan (file stored, DocumentReceived, extract-text queued in Redis), run no jobs.
    const api = await NestFactory.createApplicationContext(IngestionModule.forRoot(loadSettings(env), { runJobs: false, runProjections: false }), {
      logger: false,
    });
    const [receipt] = await api.get(DocumentIntake).receive([{ bytes: readFileSync(PLAN), fileName: '001.docx' }], { user: 'test', role: 'officer' });
    await api.close();
    const documentId = receipt.id;

    const extractQueue = new Bull(EXTRACT_TEXT_JOB, redis.url, { prefix });
    const parseQueue = new Bull(PARSE_PLAN_JOB, redis.url, { prefix });
    const events = new SqliteEventStore(path.join(dataDir, 'events.sqlite'), { pollIntervalMs: 20 });
    try {
      // First worker: dies by SIGKILL right after appending TextExtracted, inside the extract-text job.
      const first = startWorker({ ...env, PLAN_LEDGER_CRASH_AFTER: 'TextExtracted:1' });
      const died = await first.exited;
      expect(died).toEqual({ code: null, signal: 'SIGKILL' });
      const documentStream = `document-${documentId}`;
      expect((await events.readStream(documentStream)).map((e) => e.type)).toEqual(['DocumentReceived', 'TextExtracted']);
      // Its job is left active in Redis under a lock nobody renews.
      expect(await (await extractQueue.getJob(documentId))?.getState()).toBe('active');

      const completed: string[] = [];
      extractQueue.on('global:completed', (jobId) => completed.push(`${EXTRACT_TEXT_JOB}:${jobId}`));
      parseQueue.on('global:completed', (jobId) => completed.push(`${PARSE_PLAN_JOB}:${jobId}`));
      await Promise.all([extractQueue.isReady(), parseQueue.isReady()]);

      // Second worker: finds the stalled job once the lock lapses and runs it again, from where the log says it got.
      const second = startWorker(env);
      try {
        await waitFor('PlanParsed', async () => ((await events.readStream(documentStream)).some((e) => e.type === 'PlanParsed') ? true : undefined));
        await waitFor('both jobs to complete', async () => (completed.length >= 2 ? true : undefined));
        await waitFor('the queues to empty', async () => {
          const counts = await Promise.all([extractQueue.getJobCounts(), parseQueue.getJobCounts()]);
          return counts.every((c) => c.waiting + c.active + c.delayed === 0) ? true : undefined;
        });
      } finally {
        second.child.kill('SIGTERM');
        await second.exited;
      }
      expect(completed.sort()).toEqual([`${EXTRACT_TEXT_JOB}:${documentId}`, `${PARSE_PLAN_JOB}:${documentId}`]);

      const log: StoredEvent[] = await events.readAll();
      expect((await events.readStream(documentStream)).map((e) => e.type)).toEqual(['DocumentReceived', 'TextExtracted', 'PlanParsed']);
      expect(new Set(log.map((e) => e.id)).size).toBe(log.length);
      const assigned = log.filter((e) => e.type === 'DirectiveAssigned');
      expect(assigned.length).toBeGreaterThan(0);
      expect(new Set(assigned.map((e) => e.streamId)).size).toBe(assigned.length);
    } finally {
      await Promise.all([extractQueue.close(), parseQueue.close(), events.close()]);
    }
  }, 60_000);
});
