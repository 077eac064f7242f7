import type { StoredEvent, Subscription } from '../../event-store.port';

export interface PollingSubscriptionOptions {
  after: bigint;
  onEvent: (event: StoredEvent) => Promise<void> | void;
  onError?: (error: unknown) => void;
  pollIntervalMs: number;
  /** Events with position > after, in order; an empty batch means the subscription is at the head. */
  readBatch: (after: bigint) => StoredEvent[];
  /** Position of the last stored event, 0n when the log is empty. */
  head: () => bigint;
  onStopped: (subscription: PollingSubscription) => void;
}

interface CatchUpWaiter {
  target: bigint;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * A catch-up subscription over a log read in batches: delivers one event at a time, advancing its checkpoint only
 * after `onEvent` settles. It polls, because another process may append to the same file, and `wake()` lets
 * appends in this process skip the wait.
 */
export class PollingSubscription implements Subscription {
  private checkpoint: bigint;
  private stopped = false;
  private failure: { error: unknown } | null = null;
  private waiters: CatchUpWaiter[] = [];
  private woken = false;
  private interruptSleep: (() => void) | null = null;
  private loop: Promise<void> = Promise.resolve();

  constructor(private readonly options: PollingSubscriptionOptions) {
    this.checkpoint = options.after;
  }

  start(): void {
    this.loop = this.run();
  }

  wake(): void {
    this.woken = true;
    this.interruptSleep?.();
  }

  async caughtUp(): Promise<void> {
    if (this.failure) throw this.failure.error;
    if (this.stopped) throw new Error('subscription stopped');
    const target = this.options.head();
    if (this.checkpoint >= target) return;
    return new Promise((resolve, reject) => this.waiters.push({ target, resolve, reject }));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake();
    await this.loop;
  }

  private async run(): Promise<void> {
    // Deliver nothing before subscribeToAll has returned the subscription to its caller.
    await null;
    try {
      while (!this.stopped) {
        const batch = this.options.readBatch(this.checkpoint);
        for (const event of batch) {
          if (this.stopped) break;
          await this.options.onEvent(event);
          this.checkpoint = event.position;
        }
        this.settleWaiters();
        if (batch.length === 0) await this.sleep();
      }
    } catch (error) {
      this.failure = { error };
      this.options.onError?.(error);
    } finally {
      this.stopped = true;
      const reason = this.failure ? this.failure.error : new Error('subscription stopped');
      for (const waiter of this.waiters.splice(0)) waiter.reject(reason);
      this.options.onStopped(this);
    }
  }

  private settleWaiters(): void {
    const reached = this.waiters.filter((w) => w.target <= this.checkpoint);
    if (reached.length === 0) return;
    this.waiters = this.waiters.filter((w) => w.target > this.checkpoint);
    for (const waiter of reached) waiter.resolve();
  }

  private async sleep(): Promise<void> {
    if (!this.woken) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.options.pollIntervalMs);
        this.interruptSleep = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.interruptSleep = null;
    }
    this.woken = false;
  }
}
