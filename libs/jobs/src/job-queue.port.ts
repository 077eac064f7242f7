/**
 * The job port (STYLE 5): in-process on the embedded default, Bull on Redis when scaled. Both pass
 * `describeJobQueueContract`. A job's id is its idempotency key: enqueueing an id that is already waiting
 * or running does nothing, so a retried upload or a start-up re-scan never runs the same work twice at once.
 */
export interface Job<P = unknown> {
  name: string;
  id: string;
  payload: P;
}

export interface JobContext {
  name: string;
  id: string;
  /** 1 on the first run, then 2, 3, … on retries. */
  attempt: number;
  /** True when this is the last attempt the queue will make. */
  lastAttempt: boolean;
  /** Records how far the job got (0–100), where the queue can show it (Bull keeps it on the job in Redis). */
  progress(percent: number): Promise<void>;
}

export type JobHandler<P = unknown> = (payload: P, context: JobContext) => Promise<void>;

export interface ProcessOptions {
  /** Jobs of this name run at most this many at a time. */
  concurrency?: number;
}

export interface JobQueueOptions {
  /** Runs per job before it is given up (a failed handler is retried until then). */
  attempts: number;
  /** Delay before the first retry; doubled before each further one. */
  backoffMs: number;
}

export interface EnqueueResult {
  /** False when a job with this id was already waiting or running. */
  enqueued: boolean;
}

export interface JobQueue {
  enqueue<P>(job: Job<P>): Promise<EnqueueResult>;
  /** Registers the handler for `name`; jobs enqueued before it start once it is registered. */
  process<P>(name: string, handler: JobHandler<P>, options?: ProcessOptions): void;
  /** Resolves once no job is waiting, waiting for a retry or running. */
  idle(): Promise<void>;
  /** Drops jobs that have not started yet (running ones finish). */
  drain(): Promise<void>;
  /** Stops taking and starting jobs, then waits for the running ones. */
  close(): Promise<void>;
}

export const JOB_QUEUE = Symbol('JOB_QUEUE');
