import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  NO_STREAM,
  type AllStreamResolvedEvent,
  type ResolvedEvent,
  type StreamingRead,
} from '@eventstore/db-client';
import { PlanLedgerError } from '@plan-ledger/domain';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  StoredEvent,
  Subscription,
  SubscribeToAllOptions,
} from '../../event-store.port';
import { isRevisionConflict, revisionConflict, satisfiesExpectedRevision } from '../../revision-conflict';
import { EsdbCatchUpSubscription } from './esdb-catch-up-subscription';
import { mapEsdbError } from './esdb-errors';
import { isApplicationEvent, readFrom, toEventData, toStoredEvent } from './esdb-events';
import { findRetriedAppend } from './retried-append';

/** Events read from `$all` per request; system events are skipped, so a page of the port may need several. */
const ALL_PAGE = 500;
/** An append with 'any' or 'stream_exists' that loses a race to another writer is tried again this often. */
const RACE_RETRIES = 5;

const isNotFound = (error: unknown): boolean => error instanceof PlanLedgerError && error.code === 'STREAM.NOT_FOUND';

/**
 * The scaled event log: EventStoreDB (or KurrentDB, which speaks the same gRPC protocol) through
 * `@eventstore/db-client`. `EVENTSTORE_URL` is its connection string, e.g. `esdb://eventstore:2113?tls=false`.
 *
 * An append reads the stream first (streams here are short: a document's few events, a directive's lifecycle), to
 * tell a retried append from a new one exactly as the SQLite adapter does, then sends the revision it read as the
 * server's expected revision, so the server refuses it if anyone wrote in between.
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;
  private readonly subscriptions = new Set<EsdbCatchUpSubscription>();

  /** A connection string, or a client made elsewhere (tests pass a stand-in). */
  constructor(connection: string | EventStoreDBClient) {
    this.client = typeof connection === 'string' ? EventStoreDBClient.connectionString(connection) : connection;
  }

  async appendToStream(
    stream: string,
    events: NewEvent[],
    options: { expectedRevision?: ExpectedRevision } = {},
  ): Promise<AppendResult> {
    if (events.length === 0) throw new PlanLedgerError('COMMAND.INVALID', `${stream}: nothing to append`);
    if (new Set(events.map((e) => e.id)).size !== events.length) {
      throw new PlanLedgerError('COMMAND.INVALID', `${stream}: an event id appears twice in one append`, { stream });
    }
    const expected = options.expectedRevision ?? 'any';
    for (let attempt = 0; ; attempt += 1) {
      const stored = await this.readStream(stream);
      const retried = findRetriedAppend(stream, events, expected, stored);
      if (retried) return retried;
      const actual = stored.length > 0 ? stored[stored.length - 1].revision : -1;
      if (!satisfiesExpectedRevision(expected, actual)) throw revisionConflict({ stream, expected, actual });
      try {
        const result = await this.client.appendToStream(stream, events.map(toEventData), {
          expectedRevision: actual === -1 ? NO_STREAM : BigInt(actual),
        });
        const nextRevision = Number(result.nextExpectedRevision);
        // The port promises the position the last event reads back with; the server's append reply names the
        // write's log position, which for a batch need not be that event's, so it is read back.
        const [last] = await this.readStream(stream, { fromRevision: nextRevision, maxCount: 1 });
        return { nextRevision, position: last?.position ?? result.position?.commit ?? 0n, written: true };
      } catch (error) {
        const mapped = mapEsdbError(error, { stream, expected });
        // Another writer got in between the read and the append; an expectation it still meets is tried again.
        const raced = isRevisionConflict(mapped) && satisfiesExpectedRevision(expected, mapped.details!.actual as number);
        if (raced && attempt < RACE_RETRIES) continue;
        throw mapped;
      }
    }
  }

  async readStream(stream: string, options: { fromRevision?: number; maxCount?: number } = {}): Promise<StoredEvent[]> {
    const read = this.client.readStream(stream, {
      direction: FORWARDS,
      fromRevision: BigInt(options.fromRevision ?? 0),
      ...(options.maxCount !== undefined ? { maxCount: options.maxCount } : {}),
    });
    try {
      return (await collect(read, stream)).flatMap((resolved) => (resolved.event ? [toStoredEvent(resolved.event)] : []));
    } catch (error) {
      if (isNotFound(error)) return [];
      throw error;
    }
  }

  async streamExists(stream: string): Promise<boolean> {
    try {
      const last = await collect(this.client.readStream(stream, { direction: BACKWARDS, fromRevision: END, maxCount: 1 }), stream);
      return last.length > 0;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  async readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    const wanted = options.maxCount ?? Number.POSITIVE_INFINITY;
    const events: StoredEvent[] = [];
    let after = options.after ?? 0n;
    for (;;) {
      const page = await collect(this.client.readAll({ direction: FORWARDS, fromPosition: readFrom(after), maxCount: ALL_PAGE }), '$all');
      let last = after;
      for (const { event } of page) {
        if (!event || event.position.commit <= after) continue;
        last = event.position.commit;
        if (!isApplicationEvent(event)) continue;
        events.push(toStoredEvent(event));
        if (events.length >= wanted) return events;
      }
      if (page.length < ALL_PAGE || last === after) return events;
      after = last;
    }
  }

  subscribeToAll(options: SubscribeToAllOptions): Subscription {
    const subscription = new EsdbCatchUpSubscription({
      ...options,
      open: (after) => this.client.subscribeToAll({ fromPosition: readFrom(after) }),
      head: () => this.head(),
      onStopped: (s) => this.subscriptions.delete(s),
    });
    this.subscriptions.add(subscription);
    subscription.start();
    return subscription;
  }

  /** Answers when the server does (for the health check). */
  async ping(): Promise<void> {
    await this.head();
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    await this.client.dispose();
  }

  private async head(): Promise<bigint> {
    const [last] = await collect(this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 }), '$all');
    return last?.event?.position.commit ?? 0n;
  }
}

/** Reads a whole (bounded) read into memory, with the client's errors mapped to the port's. */
async function collect<E extends ResolvedEvent | AllStreamResolvedEvent>(read: StreamingRead<E>, stream: string): Promise<E[]> {
  const out: E[] = [];
  try {
    for await (const item of read) out.push(item);
  } catch (error) {
    throw mapEsdbError(error, { stream });
  }
  return out;
}
