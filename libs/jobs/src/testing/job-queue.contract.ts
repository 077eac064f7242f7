import type { JobQueue, JobQueueOptions } from '../job-queue.port';

/**
 * One contract for every JobQueue adapter (STYLE 5). The factory gets the retry policy so the suite can use
 * short backoffs; it may be async (Bull connects to Redis).
 */
export type JobQueueFactory = (options: JobQueueOptions) => JobQueue | Promise<JobQueue>;

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

export function describeJobQueueContract(adapterName: string, factory: JobQueueFactory): void {
  describe(`JobQueue contract: ${adapterName}`, () => {
    let queue: JobQueue;
    const open = async (options: Partial<JobQueueOptions> = {}) => {
      queue = await factory({ attempts: 3, backoffMs: 10, ...options });
      return queue;
    };
    afterEach(async () => {
      await queue?.close();
    });

    it('runs each enqueued job with its payload', async () => {
      await open();
      const seen: string[] = [];
      queue.process<{ n: number }>('square', async ({ n }, context) => void seen.push(`${context.id}=${n * n}`));
      await queue.enqueue({ name: 'square', id: 'a', payload: { n: 3 } });
      await queue.enqueue({ name: 'square', id: 'b', payload: { n: 4 } });
      await queue.idle();
      expect(seen.sort()).toEqual(['a=9', 'b=16']);
    });

    it('starts jobs enqueued before their handler was registered', async () => {
      await open();
      await queue.enqueue({ name: 'late', id: 'x', payload: null });
      const ran = jest.fn(async () => undefined);
      queue.process('late', ran);
      await queue.idle();
      expect(ran).toHaveBeenCalledTimes(1);
    });

    it('ignores an id that is already waiting or running, and runs it again once done', async () => {
      await open();
      const gate = deferred();
      let runs = 0;
      queue.process('once', async () => {
        runs += 1;
        await gate.promise;
      });
      const first = await queue.enqueue({ name: 'once', id: 'doc-1', payload: 1 });
      const again = await queue.enqueue({ name: 'once', id: 'doc-1', payload: 2 });
      gate.resolve();
      await queue.idle();
      expect([first.enqueued, again.enqueued, runs]).toEqual([true, false, 1]);

      const later = await queue.enqueue({ name: 'once', id: 'doc-1', payload: 3 });
      await queue.idle();
      expect([later.enqueued, runs]).toEqual([true, 2]);
    });

    it('keeps the same id under different job names apart', async () => {
      await open();
      const seen: string[] = [];
      queue.process('a', async () => void seen.push('a'));
      queue.process('b', async () => void seen.push('b'));
      await queue.enqueue({ name: 'a', id: 'same', payload: null });
      await queue.enqueue({ name: 'b', id: 'same', payload: null });
      await queue.idle();
      expect(seen.sort()).toEqual(['a', 'b']);
    });

    it('retries a failing job with growing delays, up to the number of attempts', async () => {
      await open({ attempts: 3, backoffMs: 40 });
      const times: number[] = [];
      const attempts: [number, boolean][] = [];
      queue.process('flaky', async (_payload, context) => {
        times.push(Date.now());
        attempts.push([context.attempt, context.lastAttempt]);
        throw new Error('boom');
      });
      await queue.enqueue({ name: 'flaky', id: 'f', payload: null });
      await queue.idle();
      expect(attempts).toEqual([[1, false], [2, false], [3, true]]);
      const firstGap = times[1] - times[0];
      const secondGap = times[2] - times[1];
      expect(firstGap).toBeGreaterThanOrEqual(35);
      expect(secondGap).toBeGreaterThanOrEqual(75);
    });

    it('stops retrying once the job succeeds', async () => {
      await open({ attempts: 5, backoffMs: 5 });
      let runs = 0;
      queue.process('recovers', async () => {
        runs += 1;
        if (runs < 2) throw new Error('transient');
      });
      await queue.enqueue({ name: 'recovers', id: 'r', payload: null });
      await queue.idle();
      expect(runs).toBe(2);
    });

    it('never runs more jobs of a name at once than its concurrency', async () => {
      await open();
      let running = 0;
      let peak = 0;
      queue.process('slow', async () => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 15));
        running -= 1;
      }, { concurrency: 2 });
      for (let i = 0; i < 7; i += 1) await queue.enqueue({ name: 'slow', id: `s${i}`, payload: null });
      await queue.idle();
      expect(peak).toBe(2);
    });

    it('drain drops jobs that have not started', async () => {
      await open();
      const gate = deferred();
      const ran: string[] = [];
      const started = deferred();
      queue.process<string>('q', async (payload) => {
        ran.push(payload);
        started.resolve();
        await gate.promise;
      });
      for (const id of ['1', '2', '3']) await queue.enqueue({ name: 'q', id, payload: id });
      // A queue in another process (Bull) starts a job a moment after enqueue returns.
      await started.promise;
      await queue.drain();
      gate.resolve();
      await queue.idle();
      expect(ran).toEqual(['1']);
    });

    it('close waits for running jobs, then takes no more', async () => {
      await open();
      const gate = deferred();
      const started = deferred();
      let finished = 0;
      queue.process('c', async () => {
        started.resolve();
        await gate.promise;
        finished += 1;
      });
      await queue.enqueue({ name: 'c', id: 'running', payload: null });
      await queue.enqueue({ name: 'c', id: 'waiting', payload: null });
      await started.promise;
      const closing = queue.close();
      gate.resolve();
      await closing;
      const after = await queue.enqueue({ name: 'c', id: 'after', payload: null });
      expect([finished, after.enqueued]).toEqual([1, false]);
    });
  });
}
