import { PlanLedgerError } from '@plan-ledger/domain';
import type { EventStore, ExpectedRevision, NewEvent, StoredEvent } from '../event-store.port';
import { uuidV7 } from '../uuid-v7';

export interface EventStoreFixture {
  store: EventStore;
  cleanup(): Promise<void>;
}

/** Makes a fresh store for one test; returns null when the adapter cannot run here (its server is not configured). */
export type EventStoreFactory = () => Promise<EventStoreFixture> | null;

/**
 * The behaviour every EventStore adapter must show (STYLE 5). Written for a shared server too: each test uses
 * streams of its own, and reads of the whole log look only at those streams.
 */
export function describeEventStoreContract(
  name: string,
  factory: EventStoreFactory | null,
  options: { skipReason?: string } = {},
): void {
  // The factory is asked once here so a null answer can skip the suite; that first store serves the first test.
  let probe = factory ? factory() : null;
  // A failed probe is reported by the first test that awaits it, not as an unhandled rejection.
  probe?.catch(() => undefined);
  if (!factory || !probe) {
    describe.skip(`${name} (skipped: ${options.skipReason ?? 'no store available here'})`, () => {
      it('runs the event store contract', () => undefined);
    });
    return;
  }

  describe(`${name} event store contract`, () => {
    let fixture: EventStoreFixture;
    let store: EventStore;

    beforeEach(async () => {
      fixture = await (probe ?? factory()!);
      probe = null;
      store = fixture.store;
    });
    afterEach(() => fixture.cleanup());
    afterAll(async () => {
      if (probe) await (await probe).cleanup();
    });

    describe('appendToStream', () => {
      it('creates a new stream with revisions from 0', async () => {
        const stream = streamName('new');
        const events = [newEvent('A'), newEvent('B'), newEvent('C')];
        const result = await store.appendToStream(stream, events, { expectedRevision: 'no_stream' });
        expect(result).toMatchObject({ nextRevision: 2, written: true });
        const stored = await store.readStream(stream);
        expect(stored.map((e) => [e.streamId, e.revision, e.id, e.type])).toEqual(
          events.map((e, i) => [stream, i, e.id, e.type]),
        );
        expect(result.position).toBe(stored[2].position);
      });

      it('continues a stream at the revision it was expected to have', async () => {
        const stream = streamName('continue');
        await store.appendToStream(stream, [newEvent('A')], { expectedRevision: 'no_stream' });
        const result = await store.appendToStream(stream, [newEvent('B'), newEvent('C')], { expectedRevision: 0 });
        expect(result.nextRevision).toBe(2);
        expect((await store.readStream(stream)).map((e) => e.type)).toEqual(['A', 'B', 'C']);
      });

      // [expectation, events already in the stream, the last revision the error reports]
      const conflicts: Array<[ExpectedRevision, number, number]> = [
        ['no_stream', 1, 0],
        ['stream_exists', 0, -1],
        [0, 0, -1],
        [0, 2, 1],
        [3, 2, 1],
      ];
      it.each(conflicts)('refuses expected revision %p when the stream holds %p events', async (expected, existing, actual) => {
        const stream = streamName('conflict');
        if (existing > 0) {
          await store.appendToStream(stream, Array.from({ length: existing }, () => newEvent('A')));
        }
        const error = await store.appendToStream(stream, [newEvent('B')], { expectedRevision: expected }).catch((e) => e);
        expect(error).toBeInstanceOf(PlanLedgerError);
        expect(error).toMatchObject({ code: 'STREAM.REVISION_CONFLICT', details: { stream, expected, actual } });
        expect(await store.readStream(stream)).toHaveLength(existing);
      });

      const accepted: Array<[ExpectedRevision, number]> = [
        ['any', 0],
        ['any', 2],
        ['no_stream', 0],
        ['stream_exists', 1],
        [1, 2],
      ];
      it.each(accepted)('accepts expected revision %p when the stream holds %p events', async (expected, existing) => {
        const stream = streamName('accepted');
        if (existing > 0) {
          await store.appendToStream(stream, Array.from({ length: existing }, () => newEvent('A')));
        }
        const result = await store.appendToStream(stream, [newEvent('B')], { expectedRevision: expected });
        expect(result).toMatchObject({ nextRevision: existing, written: true });
      });
      it('refuses an empty append and an append naming one id twice', async () => {
        const stream = streamName('invalid');
        const twice = newEvent('A');
        await expect(store.appendToStream(stream, [])).rejects.toMatchObject({ code: 'COMMAND.INVALID' });
        await expect(store.appendToStream(stream, [twice, twice])).rejects.toMatchObject({ code: 'COMMAND.INVALID' });
        expect(await store.streamExists(stream)).toBe(false);
      });
    });

    describe('idempotent retry', () => {
      it('treats appending the same events again as a no-op', async () => {
        const stream = streamName('retry');
        const events = [newEvent('A'), newEvent('B')];
        const first = await store.appendToStream(stream, events, { expectedRevision: 'no_stream' });
        const again = await store.appendToStream(stream, events, { expectedRevision: 'no_stream' });
        expect(again).toEqual({ nextRevision: 1, position: first.position, written: false });
        expect(await store.readStream(stream)).toHaveLength(2);
      });

      it('is a no-op even when the stream has moved on since (stale expected revision)', async () => {
        const stream = streamName('retry-stale');
        await store.appendToStream(stream, [newEvent('A')]);
        const retried = [newEvent('B')];
        const first = await store.appendToStream(stream, retried, { expectedRevision: 0 });
        await store.appendToStream(stream, [newEvent('C')], { expectedRevision: 1 });
        const again = await store.appendToStream(stream, retried, { expectedRevision: 0 });
        expect(again).toEqual({ nextRevision: 2, position: first.position, written: false });
        expect((await store.readStream(stream)).map((e) => e.type)).toEqual(['A', 'B', 'C']);
      });

      it('is a no-op with expected revision any', async () => {
        const stream = streamName('retry-any');
        const events = [newEvent('A')];
        await store.appendToStream(stream, events);
        expect((await store.appendToStream(stream, events)).written).toBe(false);
        expect(await store.readStream(stream)).toHaveLength(1);
      });

      it('refuses a batch that mixes stored ids with new ones, writing nothing', async () => {
        const stream = streamName('retry-mixed');
        const stored = newEvent('A');
        await store.appendToStream(stream, [stored], { expectedRevision: 'no_stream' });
        const error = await store
          .appendToStream(stream, [stored, newEvent('B')], { expectedRevision: 'no_stream' })
          .catch((e) => e);
        expect(error).toMatchObject({ code: 'STREAM.REVISION_CONFLICT' });
        expect(await store.readStream(stream)).toHaveLength(1);
      });
    });

    describe('readStream', () => {
      it('reads in revision order, from a revision, up to a count', async () => {
        const stream = streamName('read');
        await store.appendToStream(stream, [newEvent('E0'), newEvent('E1')]);
        await store.appendToStream(stream, [newEvent('E2'), newEvent('E3'), newEvent('E4')]);
        const types = async (options?: { fromRevision?: number; maxCount?: number }) =>
          (await store.readStream(stream, options)).map((e) => e.type);
        expect(await types()).toEqual(['E0', 'E1', 'E2', 'E3', 'E4']);
        expect(await types({ fromRevision: 2 })).toEqual(['E2', 'E3', 'E4']);
        expect(await types({ maxCount: 2 })).toEqual(['E0', 'E1']);
        expect(await types({ fromRevision: 3, maxCount: 10 })).toEqual(['E3', 'E4']);
        expect(await types({ fromRevision: 5 })).toEqual([]);
      });

      it('reads an absent stream as empty', async () => {
        expect(await store.readStream(streamName('absent'))).toEqual([]);
      });
    });

    it('knows whether a stream exists', async () => {
      const stream = streamName('exists');
      expect(await store.streamExists(stream)).toBe(false);
      await store.appendToStream(stream, [newEvent('A')]);
      expect(await store.streamExists(stream)).toBe(true);
    });

    describe('readAll', () => {
      it('returns events of many streams interleaved, in append order, with increasing positions', async () => {
        const streams = [streamName('a'), streamName('b'), streamName('c')];
        const appended: Array<[string, string]> = [];
        const results = [];
        for (let round = 0; round < 3; round++) {
          for (const stream of streams) {
            const event = newEvent(`R${round}`);
            results.push(await store.appendToStream(stream, [event]));
            appended.push([stream, event.id]);
          }
        }
        const ours = (await readAllOf(store)).filter((e) => streams.includes(e.streamId));
        expect(ours.map((e) => [e.streamId, e.id])).toEqual(appended);
        expect(ours.map((e) => e.position)).toEqual(results.map((r) => r.position));
        expectIncreasing(ours.map((e) => e.position));
        for (const stream of streams) {
          expect(ours.filter((e) => e.streamId === stream).map((e) => e.revision)).toEqual([0, 1, 2]);
        }
      });

      it('reads after a position, up to a count', async () => {
        const stream = streamName('after');
        const events = Array.from({ length: 5 }, (_, i) => newEvent(`E${i}`));
        await store.appendToStream(stream, events);
        const all = (await readAllOf(store)).filter((e) => e.streamId === stream);
        const after = all[1].position;
        const rest = (await readAllOf(store, after)).filter((e) => e.streamId === stream);
        expect(rest.map((e) => e.id)).toEqual(events.slice(2).map((e) => e.id));
        const page = await store.readAll({ after, maxCount: 2 });
        expect(page).toHaveLength(2);
        expect(page.map((e) => e.id)).toEqual((await store.readAll({ after })).slice(0, 2).map((e) => e.id));
        expect(page.every((e) => e.position > after)).toBe(true);
        expect(typeof page[0].position).toBe('bigint');
      });
    });

    describe('subscribeToAll', () => {
      it('catches up from a checkpoint, then delivers new events as they are appended', async () => {
        const stream = streamName('sub');
        const before = [newEvent('E0'), newEvent('E1'), newEvent('E2')];
        await store.appendToStream(stream, before);
        const checkpoint = (await store.readStream(stream))[0].position;
        const delivered: StoredEvent[] = [];
        const subscription = store.subscribeToAll({ after: checkpoint, onEvent: (e) => void delivered.push(e) });
        try {
          await subscription.caughtUp();
          expect(ids(delivered, stream)).toEqual(before.slice(1).map((e) => e.id));
          const live = [newEvent('E3'), newEvent('E4')];
          await store.appendToStream(stream, live);
          await subscription.caughtUp();
          expect(ids(delivered, stream)).toEqual([...before.slice(1), ...live].map((e) => e.id));
          expectIncreasing(delivered.map((e) => e.position));
        } finally {
          await subscription.stop();
        }
      });

      it('waits for a slow handler before delivering the next event', async () => {
        const stream = streamName('sub-slow');
        await store.appendToStream(stream, [newEvent('E0'), newEvent('E1')]);
        let running = 0;
        let overlapped = false;
        const subscription = store.subscribeToAll({
          onEvent: async () => {
            running += 1;
            overlapped ||= running > 1;
            await new Promise((resolve) => setTimeout(resolve, 5));
            running -= 1;
          },
        });
        await subscription.caughtUp();
        await subscription.stop();
        expect(overlapped).toBe(false);
      });

      it('resumed from a stored checkpoint, delivers nothing twice and misses nothing', async () => {
        const stream = streamName('resume');
        const delivered: StoredEvent[] = [];
        let checkpoint = 0n;
        const onEvent = (e: StoredEvent) => {
          delivered.push(e);
          checkpoint = e.position;
        };
        await store.appendToStream(stream, [newEvent('E0'), newEvent('E1')]);
        const first = store.subscribeToAll({ onEvent });
        await first.caughtUp();
        await first.stop();
        const later = [newEvent('E2'), newEvent('E3')];
        await store.appendToStream(stream, later);
        const second = store.subscribeToAll({ after: checkpoint, onEvent });
        await second.caughtUp();
        await second.stop();
        const positions = delivered.map((e) => e.position);
        expect(new Set(positions).size).toBe(positions.length);
        expect(ids(delivered, stream)).toEqual((await store.readStream(stream)).map((e) => e.id));
      });

      it('stops and reports when a handler throws', async () => {
        await store.appendToStream(streamName('sub-fail'), [newEvent('E0'), newEvent('E1')]);
        const failure = new Error('projection broke');
        const reported: unknown[] = [];
        let calls = 0;
        const subscription = store.subscribeToAll({
          onEvent: () => {
            calls += 1;
            throw failure;
          },
          onError: (e) => reported.push(e),
        });
        await expect(subscription.caughtUp()).rejects.toBe(failure);
        await subscription.stop();
        expect(reported).toEqual([failure]);
        expect(calls).toBe(1);
      });
    });

    describe('round-trips', () => {
      it('keeps metadata and data exactly', async () => {
        const stream = streamName('metadata');
        const metadata = {
          actor: { user: 'lan.nguyen', role: 'officer' },
          correlationId: uuidV7(),
          causationId: null,
          recordedAt: '2026-03-01T08:30:00.000Z',
          schemaVersion: 1,
        };
        const data = { count: 3, ratio: 0.25, flags: [true, false], nothing: null, digits: '123', nested: { list: [{ a: 1 }] } };
        await store.appendToStream(stream, [{ id: uuidV7(), type: 'Typed', data, metadata }]);
        const [stored] = await store.readStream(stream);
        expect(stored.metadata).toEqual(metadata);
        expect(stored.data).toEqual(data);
        expect(stored.type).toBe('Typed');
      });

      it('keeps Vietnamese text in NFC, character for character', async () => {
        const stream = streamName('unicode');
        const text = 'KẾ HOẠCH Tổ chức phong trào thi đua, khen thưởng đột xuất; Ủy ban nhân dân tỉnh Quảng Ngãi 𝔸'.normalize('NFC');
        await store.appendToStream(stream, [newEvent('Text', { text })]);
        const [stored] = await store.readStream(stream);
        const back = (stored.data as { text: string }).text;
        expect(back).toBe(text);
        expect(back.normalize('NFC')).toBe(back);
        expect([...back]).toHaveLength([...text].length);
      });
    });

    it('lets exactly one of several concurrent appends at one expected revision win', async () => {
      const stream = streamName('race');
      await store.appendToStream(stream, [newEvent('Start')]);
      const contenders = Array.from({ length: 6 }, (_, i) => newEvent(`C${i}`));
      const outcomes = await Promise.allSettled(
        contenders.map((event) => store.appendToStream(stream, [event], { expectedRevision: 0 })),
      );
      const won = outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [contenders[i]] : []));
      const lost = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(5);
      expect(lost.every((e) => e instanceof PlanLedgerError && e.code === 'STREAM.REVISION_CONFLICT')).toBe(true);
      expect((await store.readStream(stream)).map((e) => e.id)).toEqual([expect.any(String), won[0].id]);
    });
  });
}

const streamName = (prefix: string): string => `contract_${prefix}-${uuidV7()}`;

const newEvent = (type: string, data: unknown = { type }): NewEvent => ({
  id: uuidV7(),
  type,
  data,
  metadata: { schemaVersion: 1 },
});

const ids = (events: StoredEvent[], stream: string): string[] =>
  events.filter((e) => e.streamId === stream).map((e) => e.id);

async function readAllOf(store: EventStore, after = 0n): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  for (;;) {
    const page = await store.readAll({ after, maxCount: 100 });
    if (page.length === 0) return events;
    events.push(...page);
    after = page[page.length - 1].position;
  }
}

function expectIncreasing(positions: bigint[]): void {
  positions.slice(1).forEach((p, i) => expect(p).toBeGreaterThan(positions[i]));
}
