import type { EventStore, StoredEvent } from '@plan-ledger/event-store';
import type { ReadModelStore } from '../store/read-model-store';
import type { Projection } from './projection';

export interface ProjectionRunnerOptions {
  /** Events read and committed per transaction. */
  batchSize?: number;
  /** The same for `rebuild`, where larger transactions write each touched index page fewer times. */
  rebuildBatchSize?: number;
  /** How often `start()` looks for new events; `wake()` skips the wait. */
  pollIntervalMs?: number;
  /** Called when a batch fails in the background loop; the loop retries after the poll interval. */
  onError?: (error: unknown) => void;
}

export interface RunResult {
  /** Events read from the log (each applied to every projection that handles it and is behind it). */
  events: number;
  /** The lowest checkpoint of the runner's projections after the run. */
  position: bigint;
}

/**
 * Feeds read models from the event log (STYLE 7): reads `readAll` in batches after the lowest checkpoint and
 * commits each batch's writes with the new checkpoints in one transaction, so an event is applied exactly once
 * even if the process dies mid-run or two runs overlap. Projections never hear from the EventBus.
 */
export class ProjectionRunner {
  private readonly batchSize: number;
  private readonly rebuildBatchSize: number;
  private readonly pollIntervalMs: number;
  private running: Promise<unknown> = Promise.resolve();
  private loop: Promise<void> | null = null;
  private stopped = true;
  private interruptSleep: (() => void) | null = null;
  /** Set by a wake() that came while a run was in progress, so the loop does not sleep past it. */
  private woken = false;
  private firstCatchUp: Promise<void> | null = null;

  constructor(
    private readonly events: EventStore,
    private readonly store: ReadModelStore,
    readonly projections: readonly Projection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.rebuildBatchSize = options.rebuildBatchSize ?? 5000;
    this.pollIntervalMs = options.pollIntervalMs ?? 200;
    store.ensureSchema(projections);
  }

  /** Catches every projection up to the end of the log. Runs are serialised. */
  runOnce(): Promise<RunResult> {
    const run = this.running.then(() => this.catchUp(this.projections, this.batchSize));
    this.running = run.catch(() => undefined);
    return run;
  }

  /** Drops the given projections' tables and checkpoints (all by default), recreates them and replays the log. */
  rebuild(projections: readonly Projection[] = this.projections): Promise<RunResult> {
    const run = this.running.then(() => {
      this.store.reset(projections);
      return this.catchUp(projections, this.rebuildBatchSize);
    });
    this.running = run.catch(() => undefined);
    return run;
  }

  /** Starts the polling loop; `caughtUp` resolves once the first catch-up is done (or rejects if it failed). */
  start(): { caughtUp: Promise<void> } {
    if (!this.stopped) return { caughtUp: this.firstCatchUp! };
    this.stopped = false;
    this.firstCatchUp = this.runOnce().then(() => undefined);
    this.loop = this.poll();
    return { caughtUp: this.firstCatchUp };
  }

  /** Asks the loop to look for new events now (e.g. right after an append in this process). */
  wake(): void {
    this.woken = true;
    this.interruptSleep?.();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake();
    await this.loop;
    await this.running;
    this.loop = null;
  }

  /** The lowest checkpoint among this runner's projections: everything up to it is visible in every read model. */
  position(): bigint {
    return this.lowestCheckpoint(this.projections);
  }

  private async poll(): Promise<void> {
    await this.firstCatchUp!.catch(() => undefined);
    while (!this.stopped) {
      await new Promise<void>((resolve) => {
        if (this.woken) return resolve();
        const timer = setTimeout(resolve, this.pollIntervalMs);
        this.interruptSleep = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.interruptSleep = null;
      this.woken = false;
      if (this.stopped) break;
      await this.runOnce().catch((error) => this.options.onError?.(error));
    }
  }

  private async catchUp(projections: readonly Projection[], batchSize: number): Promise<RunResult> {
    let read = 0;
    for (;;) {
      const after = this.lowestCheckpoint(projections);
      const batch = await this.events.readAll({ after, maxCount: batchSize });
      if (batch.length === 0) return { events: read, position: after };
      this.commit(projections, batch);
      read += batch.length;
      if (batch.length < batchSize) return { events: read, position: this.lowestCheckpoint(projections) };
    }
  }

  private lowestCheckpoint(projections: readonly Projection[]): bigint {
    let lowest: bigint | null = null;
    for (const p of projections) {
      const at = this.store.checkpoint(p.name);
      if (lowest === null || at < lowest) lowest = at;
    }
    return lowest ?? 0n;
  }

  /** One transaction: checkpoints are re-read inside it, so an event already committed by an overlapping run is skipped. */
  private commit(projections: readonly Projection[], batch: readonly StoredEvent[]): void {
    const { db } = this.store;
    db.transaction(() => {
      const last = batch[batch.length - 1].position;
      for (const projection of projections) {
        const checkpoint = this.store.checkpoint(projection.name);
        if (checkpoint >= last) continue;
        const handled = batch.filter((event) => event.position > checkpoint && projection.handles.has(event.type));
        if (projection.applyBatch) projection.applyBatch(db, handled);
        else for (const event of handled) projection.apply(db, event);
        this.store.saveCheckpoint(projection.name, last);
      }
    })();
  }
}
