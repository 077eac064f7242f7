/**
 * The event store port (STYLE 5). Revisions are normalised across adapters: a stream's first event has
 * revision 0; an absent stream has revision -1 ('no_stream'). Global positions are adapter-specific but
 * strictly increasing, and `readAll(after)` returns events with position > after.
 */
export interface NewEvent<T extends string = string, D = unknown, M = unknown> {
  /** Time-ordered id (UUIDv7). Appending an event whose id is already in the stream is a no-op (idempotent retry). */
  id: string;
  type: T;
  data: D;
  metadata: M;
}

export interface StoredEvent<T extends string = string, D = unknown, M = unknown> extends NewEvent<T, D, M> {
  streamId: string;
  /** 0-based position in its stream. */
  revision: number;
  /** Position in the whole log; comparable within one store only. */
  position: bigint;
}

/** 'any' skips the check; 'no_stream' requires the stream to be absent; a number is the last revision expected. */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | number;

export interface AppendResult {
  /** Revision of the stream's last event after the append. */
  nextRevision: number;
  /** Global position of the last event written, or of the existing one when the append was a no-op. */
  position: bigint;
  /** False when every event was already stored (an idempotent retry). */
  written: boolean;
}

export interface ReadAllOptions {
  /** Exclusive lower bound; 0n or omitted reads from the beginning. */
  after?: bigint;
  maxCount?: number;
}

export interface EventStore {
  /**
   * Appends all events or none. Throws PlanLedgerError 'STREAM.REVISION_CONFLICT' (details: stream, expected,
   * actual) when the expectation fails; events already stored in this stream at the places this append would put
   * them make it a no-op (`written: false`), however far the stream has moved on. An empty batch, or one naming
   * an id twice, is 'COMMAND.INVALID'.
   */
  appendToStream(stream: string, events: NewEvent[], options?: { expectedRevision?: ExpectedRevision }): Promise<AppendResult>;
  readStream(stream: string, options?: { fromRevision?: number; maxCount?: number }): Promise<StoredEvent[]>;
  streamExists(stream: string): Promise<boolean>;
  readAll(options?: ReadAllOptions): Promise<StoredEvent[]>;
  /**
   * Catch-up subscription: delivers every event after `after`, then new ones as they are appended, in order.
   * The caller keeps its checkpoint (STYLE 7) and passes it back in on restart.
   */
  subscribeToAll(options: SubscribeToAllOptions): Subscription;
  close(): Promise<void>;
}

export interface SubscribeToAllOptions {
  /** Exclusive lower bound: the caller's stored checkpoint; 0n or omitted starts from the beginning. */
  after?: bigint;
  /** Called once per event, in position order; the next event waits for the returned promise. */
  onEvent: (event: StoredEvent) => Promise<void> | void;
  /** Called once if `onEvent` throws or reading fails; the subscription has then stopped. */
  onError?: (error: unknown) => void;
}

export interface Subscription {
  /**
   * Resolves once the subscription has delivered everything stored when `caughtUp()` was called; rejects with the
   * error that stopped the subscription, or if it is stopped first.
   */
  caughtUp(): Promise<void>;
  stop(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');
