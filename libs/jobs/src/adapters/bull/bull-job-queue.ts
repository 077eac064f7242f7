import Bull from 'bull';
import type { EnqueueResult, Job, JobHandler, JobQueue, JobQueueOptions, ProcessOptions } from '../../job-queue.port';

export interface BullJobQueueOptions extends JobQueueOptions {
  /** `REDIS_URL`. */
  redisUrl: string;
  /** Key prefix in Redis, so several installations (or test runs) can share one server. */
  prefix?: string;
  /**
   * How long a worker holds a job without renewing its lock; once it lapses (the worker died) the job is
   * stalled and another worker takes it over. Bull checks for stalled jobs at the same interval.
   */
  lockMs?: number;
  /** How often `idle()` asks Redis whether anything is left. */
  idlePollMs?: number;
  /** Called when a job fails its last attempt. */
  onGiveUp?: (job: Job, error: unknown) => void;
  /** Called when the queue itself fails (Redis unreachable, a processing loop stopped). */
  onError?: (error: unknown) => void;
}

const DEFAULT_LOCK_MS = 30_000;
const PENDING_STATES = ['waiting', 'active', 'delayed', 'paused'] as const;

/**
 * The scaled job queue: one Bull queue per job name, so each name has its own concurrency and job ids are unique per
 * name, as the port says. The job id is Bull's jobId, so enqueueing an id that is still in Redis adds nothing.
 * Finished jobs are removed at once (completed or given up), which lets the same id run again later; the durable
 * record of what happened is the event log, not Redis. A job whose worker died (its lock lapsed) is put back and
 * run again by any worker: handlers are idempotent (retried appends are no-ops), so that costs time, not events.
 */
export class BullJobQueue implements JobQueue {
  private readonly queues = new Map<string, Bull.Queue>();
  private readonly handled = new Set<string>();
  private closed = false;

  constructor(private readonly options: BullJobQueueOptions) {}

  async enqueue<P>(job: Job<P>): Promise<EnqueueResult> {
    if (this.closed) return { enqueued: false };
    const queue = this.queue(job.name);
    // Bull's own add ignores a jobId it already holds but does not say so; asking first reports it (two enqueues
    // racing may both say true, yet Bull still stores the job once).
    if (await queue.getJob(job.id)) return { enqueued: false };
    // Named explicitly: Bull reads a string first argument as the job's name, and payloads may be strings.
    await queue.add(job.name, job.payload, {
      jobId: job.id,
      attempts: this.options.attempts,
      backoff: { type: 'exponential', delay: this.options.backoffMs },
      removeOnComplete: true,
      removeOnFail: true,
    });
    return { enqueued: true };
  }

  process<P>(name: string, handler: JobHandler<P>, options: ProcessOptions = {}): void {
    if (this.handled.has(name)) throw new Error(`A handler for job "${name}" is already registered`);
    this.handled.add(name);
    const queue = this.queue(name);
    queue.on('failed', (job, error) => {
      if (job.attemptsMade >= (job.opts.attempts ?? 1)) {
        this.options.onGiveUp?.({ name, id: String(job.id), payload: job.data }, error);
      }
    });
    const processing = queue.process(name, Math.max(1, options.concurrency ?? 1), async (job) => {
      const attempt = job.attemptsMade + 1;
      await handler(job.data as P, {
        name,
        id: String(job.id),
        attempt,
        lastAttempt: attempt >= (job.opts.attempts ?? 1),
        progress: async (percent) => void (await job.progress(percent)),
      });
    });
    // Resolves only when the queue closes; a rejection means this process stopped taking jobs of this name.
    processing.catch((error) => this.options.onError?.(error));
  }

  async idle(): Promise<void> {
    const pollMs = this.options.idlePollMs ?? 20;
    for (;;) {
      const counts = await Promise.all([...this.queues.values()].map((queue) => queue.getJobCounts()));
      if (counts.every((c) => PENDING_STATES.every((state) => c[state as keyof Bull.JobCounts] === 0))) return;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  async drain(): Promise<void> {
    // `empty()` drops waiting jobs with their data but leaves delayed jobs' data behind, whose ids would then
    // refuse a later enqueue: those are removed first.
    await Promise.all([...this.queues.values()].map(async (queue) => {
      await queue.clean(0, 'delayed');
      await queue.empty();
    }));
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }

  /** Answers when Redis does (for the health check). */
  async ping(): Promise<void> {
    await this.queue('health').client.ping();
  }

  private queue(name: string): Bull.Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      const lockMs = this.options.lockMs ?? DEFAULT_LOCK_MS;
      queue = new Bull(name, this.options.redisUrl, {
        prefix: this.options.prefix ?? 'plan-ledger',
        settings: { lockDuration: lockMs, stalledInterval: lockMs, maxStalledCount: 2 },
      });
      queue.on('error', (error) => this.options.onError?.(error));
      this.queues.set(name, queue);
    }
    return queue;
  }
}
