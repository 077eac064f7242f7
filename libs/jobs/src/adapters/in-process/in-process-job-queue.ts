import type { EnqueueResult, Job, JobHandler, JobQueue, JobQueueOptions, ProcessOptions } from '../../job-queue.port';

interface Entry {
  job: Job;
  attempt: number;
  state: 'waiting' | 'delayed' | 'running';
  timer?: NodeJS.Timeout;
}

interface Worker {
  handler: JobHandler;
  concurrency: number;
  running: number;
}

/**
 * Jobs in memory, run on this process's event loop (embedded default). Nothing is persisted: after a crash the
 * ingestion pipeline re-enqueues unfinished documents from the event log, which is the durable record.
 */
export class InProcessJobQueue implements JobQueue {
  private readonly entries = new Map<string, Entry>();
  private readonly workers = new Map<string, Worker>();
  private readonly idleWaiters: (() => void)[] = [];
  private closed = false;

  constructor(
    private readonly options: JobQueueOptions,
    private readonly onGiveUp: (job: Job, error: unknown) => void = () => undefined,
  ) {}

  async enqueue<P>(job: Job<P>): Promise<EnqueueResult> {
    if (this.closed) return { enqueued: false };
    const key = entryKey(job.name, job.id);
    if (this.entries.has(key)) return { enqueued: false };
    this.entries.set(key, { job, attempt: 1, state: 'waiting' });
    this.schedule(job.name);
    return { enqueued: true };
  }

  process<P>(name: string, handler: JobHandler<P>, options: ProcessOptions = {}): void {
    if (this.workers.has(name)) throw new Error(`A handler for job "${name}" is already registered`);
    this.workers.set(name, { handler: handler as JobHandler, concurrency: Math.max(1, options.concurrency ?? 1), running: 0 });
    this.schedule(name);
  }

  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  async drain(): Promise<void> {
    for (const [key, entry] of this.entries) {
      if (entry.state === 'running') continue;
      clearTimeout(entry.timer);
      this.entries.delete(key);
    }
    this.notifyIfIdle();
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.drain();
    await this.idle();
  }

  private schedule(name: string): void {
    const worker = this.workers.get(name);
    if (!worker || this.closed) return;
    for (const entry of this.entries.values()) {
      if (worker.running >= worker.concurrency) return;
      if (entry.job.name !== name || entry.state !== 'waiting') continue;
      worker.running += 1;
      entry.state = 'running';
      void this.run(worker, entry);
    }
  }

  private async run(worker: Worker, entry: Entry): Promise<void> {
    const { job, attempt } = entry;
    const lastAttempt = attempt >= this.options.attempts;
    try {
      await worker.handler(job.payload, { name: job.name, id: job.id, attempt, lastAttempt, progress: noProgress });
      this.entries.delete(entryKey(job.name, job.id));
    } catch (error) {
      if (lastAttempt || this.closed) {
        this.entries.delete(entryKey(job.name, job.id));
        this.onGiveUp(job, error);
      } else {
        this.retryLater(entry);
      }
    } finally {
      worker.running -= 1;
      this.schedule(job.name);
      this.notifyIfIdle();
    }
  }

  private retryLater(entry: Entry): void {
    const delay = this.options.backoffMs * 2 ** (entry.attempt - 1);
    entry.attempt += 1;
    entry.state = 'delayed';
    entry.timer = setTimeout(() => {
      entry.state = 'waiting';
      entry.timer = undefined;
      this.schedule(entry.job.name);
    }, delay);
  }

  private isIdle(): boolean {
    return this.entries.size === 0;
  }

  private notifyIfIdle(): void {
    if (!this.isIdle()) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}

/** Nothing outside this process could read it; the event log says how far a document got. */
const noProgress = async (): Promise<void> => undefined;

const entryKey = (name: string, id: string): string => `${name}\u0000${id}`;
