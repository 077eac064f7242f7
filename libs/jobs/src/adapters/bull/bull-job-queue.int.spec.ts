import Bull from 'bull';
import { uuidV7 } from '@plan-ledger/event-store';
import { describeJobQueueContract } from '../../testing/job-queue.contract';
import { startRedisForTests, type RedisForTests } from '../../testing/redis-server';
import { BullJobQueue } from './bull-job-queue';

let redis: RedisForTests;
beforeAll(async () => {
  redis = await startRedisForTests();
});
afterAll(() => redis.stop());

// A prefix per queue keeps each test's jobs apart on one server (and on a shared REDIS_URL).
const open = (options: Partial<ConstructorParameters<typeof BullJobQueue>[0]> = {}) =>
  new BullJobQueue({ attempts: 3, backoffMs: 10, redisUrl: redis.url, prefix: `test-${uuidV7()}`, ...options });

describeJobQueueContract('Bull on Redis', (options) => open(options));

describe('BullJobQueue on Redis', () => {
  const queues: BullJobQueue[] = [];
  const track = (queue: BullJobQueue) => (queues.push(queue), queue);
  afterEach(async () => {
    await Promise.all(queues.splice(0).map((q) => q.close()));
  });

  it('shares one set of jobs between queues on the same prefix: an id enqueued by one is a no-op for the other', async () => {
    const prefix = `test-${uuidV7()}`;
    const producer = track(open({ prefix }));
    const other = track(open({ prefix }));
    expect(await producer.enqueue({ name: 'extract-text', id: 'doc-1', payload: { documentId: 'doc-1' } })).toEqual({ enqueued: true });
    expect(await other.enqueue({ name: 'extract-text', id: 'doc-1', payload: { documentId: 'doc-1' } })).toEqual({ enqueued: false });
    const seen: string[] = [];
    other.process<{ documentId: string }>('extract-text', async ({ documentId }) => void seen.push(documentId));
    await producer.idle();
    expect(seen).toEqual(['doc-1']);
  });

  it('keeps progress on the job in Redis', async () => {
    const prefix = `test-${uuidV7()}`;
    const queue = track(open({ prefix }));
    const reported: unknown[] = [];
    queue.process('parse-plan', async (_payload, context) => {
      await context.progress(40);
      await context.progress(100);
    });
    // Bull publishes progress to every client of the queue; a plain Bull client on the same prefix hears it.
    const watcher = new Bull('parse-plan', redis.url, { prefix });
    const heard = new Promise<void>((resolve) => {
      void watcher.on('global:progress', (_id, progress) => {
        reported.push(progress);
        if (progress === 100) resolve();
      });
    });
    await watcher.isReady();
    await queue.enqueue({ name: 'parse-plan', id: 'doc-2', payload: null });
    await heard;
    await watcher.close();
    expect(reported).toEqual([40, 100]);
  });

  it('reports a job that failed its last attempt once, and lets its id be enqueued again', async () => {
    const givenUp: string[] = [];
    const queue = track(open({ attempts: 2, backoffMs: 5, onGiveUp: (job) => givenUp.push(job.id) }));
    let runs = 0;
    queue.process('doomed', async () => {
      runs += 1;
      throw new Error('always');
    });
    await queue.enqueue({ name: 'doomed', id: 'x', payload: null });
    await queue.idle();
    expect([runs, givenUp]).toEqual([2, ['x']]);
    expect(await queue.enqueue({ name: 'doomed', id: 'x', payload: null })).toEqual({ enqueued: true });
    await queue.idle();
    expect(runs).toBe(4);
  });

  it('drain also drops a job waiting for its retry, whose id can then be enqueued again', async () => {
    const queue = track(open({ attempts: 3, backoffMs: 60_000 }));
    let runs = 0;
    queue.process('retrying', async () => {
      runs += 1;
      if (runs === 1) throw new Error('first run fails');
    });
    await queue.enqueue({ name: 'retrying', id: 'r', payload: null });
    while (runs === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    await queue.drain();
    await queue.idle();
    expect(await queue.enqueue({ name: 'retrying', id: 'r', payload: null })).toEqual({ enqueued: true });
    await queue.idle();
    expect(runs).toBe(2);
  });
});
