import type { AllStreamSubscription } from '@eventstore/db-client';
import type { Subscription, SubscribeToAllOptions } from '../../event-store.port';
import { isApplicationEvent, toStoredEvent } from './esdb-events';

interface CatchUpWaiter {
  target: bigint;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export interface EsdbCatchUpSubscriptionOptions extends SubscribeToAllOptions {
  /** Opens the server's catch-up subscription to `$all` after the caller's checkpoint. */
  open: (after: bigint) => AllStreamSubscription;
  /** Commit position of the last event in `$all` (system events included), 0n when empty. */
  head: () => Promise<bigint>;
  onStopped: (subscription: EsdbCatchUpSubscription) => void;
}

/**
 * The port's catch-up subscription over the server's own: the server sends stored events, then live ones; this
 * awaits `onEvent` before taking the next (async iteration gives the backpressure) and tracks the last position
 * seen, system events included, so `caughtUp()` can compare it with the head of `$all`. The checkpoint belongs to
 * the caller (the projection), which passes it back in on restart.
 */
export class EsdbCatchUpSubscription implements Subscription {
  private seen: bigint;
  private stopped = false;
  private failure: { error: unknown } | null = null;
  private waiters: CatchUpWaiter[] = [];
  private readonly server: AllStreamSubscription;
  private loop: Promise<void> = Promise.resolve();

  constructor(private readonly options: EsdbCatchUpSubscriptionOptions) {
    this.seen = options.after ?? 0n;
    this.server = options.open(this.seen);
  }

  start(): void {
    this.loop = this.run();
  }

  async caughtUp(): Promise<void> {
    this.throwIfStopped();
    const target = await this.options.head();
    this.throwIfStopped();
    if (this.seen >= target) return;
    return new Promise((resolve, reject) => this.waiters.push({ target, resolve, reject }));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.server.unsubscribe().catch(() => undefined);
    await this.loop;
  }

  private throwIfStopped(): void {
    if (this.failure) throw this.failure.error;
    if (this.stopped) throw new Error('subscription stopped');
  }

  private async run(): Promise<void> {
    // Deliver nothing before subscribeToAll has returned the subscription to its caller.
    await null;
    try {
      for await (const resolved of this.server) {
        if (this.stopped) break;
        const recorded = resolved.event;
        if (!recorded?.position) continue;
        const position = recorded.position.commit;
        if (position <= this.seen) continue;
        if (isApplicationEvent(recorded)) await this.options.onEvent(toStoredEvent(recorded));
        this.seen = position;
        this.settleWaiters();
      }
    } catch (error) {
      // Unsubscribing cancels the call, which surfaces here as an error: that is the normal way out.
      if (!this.stopped) {
        this.failure = { error };
        this.options.onError?.(error);
      }
    } finally {
      this.stopped = true;
      await this.server.unsubscribe().catch(() => undefined);
      const reason = this.failure ? this.failure.error : new Error('subscription stopped');
      for (const waiter of this.waiters.splice(0)) waiter.reject(reason);
      this.options.onStopped(this);
    }
  }

  private settleWaiters(): void {
    const reached = this.waiters.filter((w) => w.target <= this.seen);
    if (reached.length === 0) return;
    this.waiters = this.waiters.filter((w) => w.target > this.seen);
    for (const waiter of reached) waiter.resolve();
  }
}
