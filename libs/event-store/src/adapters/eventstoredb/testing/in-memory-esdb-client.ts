import {
  END,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AllStreamRecordedEvent,
  type AppendExpectedRevision,
  type EventData,
  type EventStoreDBClient,
  type Position,
  type ReadPosition,
} from '@eventstore/db-client';

type Recorded = AllStreamRecordedEvent;

/**
 * A stand-in for the gRPC client, holding `$all` in memory with the server's documented behaviour as the adapter
 * relies on it: reads of `$all` are inclusive of their start, subscriptions start after theirs, an absent stream
 * fails the read with StreamNotFoundError, a failed expectation throws WrongExpectedVersionError, and system events
 * (`$`-streams) are interleaved with the application's. Positions grow in uneven steps, as log positions do. It
 * checks the adapter's own logic; the contract against a real server runs when EVENTSTORE_URL is set.
 */
export class InMemoryEsdbClient {
  private readonly log: Recorded[] = [];
  private readonly listeners = new Set<() => void>();
  private next = 1000n;
  private appends = 0;

  constructor() {
    this.record('$epochs', '$epoch-information', {});
  }

  async appendToStream(stream: string, events: EventData | EventData[], options: { expectedRevision?: AppendExpectedRevision } = {}) {
    await null;
    const batch = Array.isArray(events) ? events : [events];
    const current = this.lastRevision(stream);
    const expected = options.expectedRevision ?? 'any';
    const holds =
      expected === 'any' ||
      (expected === NO_STREAM && current === NO_STREAM) ||
      (expected === STREAM_EXISTS && current !== NO_STREAM) ||
      (typeof expected === 'bigint' && current === expected);
    if (!holds) throw new WrongExpectedVersionError(undefined, { streamName: stream, expected, current });
    let last: Recorded | undefined;
    for (const event of batch) {
      const data = JSON.parse(JSON.stringify(event.data));
      const metadata = event.metadata === undefined ? undefined : JSON.parse(JSON.stringify(event.metadata));
      last = this.record(stream, event.type, data, metadata, event.id);
    }
    // Every other append, the server writes something of its own (statistics) into `$all`.
    if (++this.appends % 2 === 0) this.record('$stats-127.0.0.1:2113', '$statsCollected', { appends: this.appends });
    this.notify();
    return { success: true, nextExpectedRevision: last!.revision, position: { commit: last!.position.commit + 7n, prepare: last!.position.prepare } };
  }

  readStream(stream: string, options: { fromRevision?: bigint | typeof START | typeof END; maxCount?: number | bigint; direction?: string } = {}) {
    const events = this.log.filter((e) => e.streamId === stream);
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? (backwards ? END : START);
    const selected = (backwards ? [...events].reverse() : events).filter((e) =>
      from === START || from === END ? true : backwards ? e.revision <= from : e.revision >= from,
    );
    const max = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    return readOf(events.length === 0 ? new StreamNotFoundError(undefined, stream) : null, () => selected.slice(0, max).map((event) => ({ event })));
  }

  readAll(options: { fromPosition?: ReadPosition; maxCount?: number | bigint; direction?: string } = {}) {
    const backwards = options.direction === 'backwards';
    const from = options.fromPosition ?? (backwards ? END : START);
    const max = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    return readOf(null, () => {
      const ordered = backwards ? [...this.log].reverse() : this.log;
      const selected = ordered.filter((e) =>
        from === START || from === END ? true : backwards ? e.position.commit <= from.commit : e.position.commit >= from.commit,
      );
      return selected.slice(0, max).map((event) => ({ event }));
    });
  }

  subscribeToAll(options: { fromPosition?: ReadPosition } = {}) {
    const from = options.fromPosition ?? START;
    let seen = from === START ? -1n : from === END ? this.next : (from as Position).commit;
    let stopped = false;
    let wake: (() => void) | null = null;
    const listener = () => wake?.();
    this.listeners.add(listener);
    const client = this;
    return {
      async unsubscribe() {
        stopped = true;
        client.listeners.delete(listener);
        wake?.();
      },
      async *[Symbol.asyncIterator]() {
        while (!stopped) {
          const fresh = client.log.find((e) => e.position.commit > seen);
          if (fresh) {
            seen = fresh.position.commit;
            yield { event: fresh };
            continue;
          }
          await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
        }
      },
    };
  }

  async dispose(): Promise<void> {
    for (const listener of this.listeners) listener();
    this.listeners.clear();
  }

  /** Seen by the adapter as the gRPC client. */
  asClient(): EventStoreDBClient {
    return this as unknown as EventStoreDBClient;
  }

  private lastRevision(stream: string): bigint | typeof NO_STREAM {
    const events = this.log.filter((e) => e.streamId === stream);
    return events.length ? events[events.length - 1].revision : NO_STREAM;
  }

  private record(streamId: string, type: string, data: unknown, metadata?: unknown, id = `00000000-0000-4000-8000-${String(this.next).padStart(12, '0')}`): Recorded {
    const revision = this.lastRevision(streamId);
    this.next += 13n + BigInt(this.log.length % 5);
    const event = {
      streamId,
      id,
      isJson: true,
      revision: revision === NO_STREAM ? 0n : revision + 1n,
      type,
      created: new Date(0),
      data,
      metadata,
      position: { commit: this.next, prepare: this.next },
    } as Recorded;
    this.log.push(event);
    return event;
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

/** A read as the client returns it: async-iterable, failing on iteration when the server refused it. */
function readOf<T>(failure: Error | null, items: () => T[]) {
  return {
    async cancel() {},
    async *[Symbol.asyncIterator]() {
      await null;
      if (failure) throw failure;
      yield* items();
    },
  } as unknown as import('@eventstore/db-client').StreamingRead<T>;
}
