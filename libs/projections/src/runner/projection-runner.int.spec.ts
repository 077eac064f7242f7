import type { Database } from 'better-sqlite3';
import type { StoredEvent } from '@plan-ledger/event-store';
import { getDocument } from '../documents/documents.query';
import { searchDirectives } from '../directives/directives.query';
import { dumpReadModels } from './dump-read-models';
import type { Projection } from './projection';
import { READ_MODEL_PROJECTIONS } from './read-model-projections';
import {
  directiveAssigned,
  directiveCompleted,
  directiveCorrected,
  documentReceived,
  extractionFailed,
  openTestLedger,
  planParsed,
  textExtracted,
  type TestLedger,
} from './testing/plan-events';
import { ProjectionRunner } from './projection-runner';

/** Counts every event it sees: a second application of one event shows up at once. */
const eventCounter = (name = 'counter'): Projection => ({
  name,
  schemaSql: [`CREATE TABLE IF NOT EXISTS ${name} (event_id TEXT PRIMARY KEY, seen INTEGER NOT NULL)`],
  drop: [name],
  handles: new Set(['DocumentReceived', 'TextExtracted', 'ExtractionFailed', 'PlanParsed', 'DirectiveCompleted']),
  apply(db: Database, event: StoredEvent) {
    db.prepare(`INSERT INTO ${name} (event_id, seen) VALUES (?, 1) ON CONFLICT (event_id) DO UPDATE SET seen = seen + 1`).run(event.id);
  },
});

const counted = (db: Database, name = 'counter') =>
  db.prepare(`SELECT COUNT(*) AS events, COALESCE(MAX(seen), 0) AS most FROM ${name}`).get() as { events: number; most: number };

const failedAttempts = (db: Database, id: string) =>
  (db.prepare('SELECT failed_attempts FROM documents WHERE id = ?').get(id) as { failed_attempts: number }).failed_attempts;

const someHistory = () => [
  documentReceived('doc-1', 'ke-hoach-01.pdf'),
  extractionFailed('doc-1', 1),
  textExtracted('doc-1'),
  planParsed('doc-1', [
    { id: 'dir-1', text: 'Tổ chức khen thưởng kịp thời', lead: ['Sở Nội vụ'], due: '2026-03-31' },
    { id: 'dir-2', text: 'Phát động phong trào thi đua', lead: ['Sở Văn hóa'], due: '2026-06-30' },
  ]),
  directiveCompleted('dir-1', '2026-03-20'),
  documentReceived('doc-2', 'ke-hoach-02.docx'),
  textExtracted('doc-2'),
];

describe('ProjectionRunner', () => {
  let ledger: TestLedger;
  afterEach(() => ledger.close());

  describe('runOnce', () => {
    beforeEach(() => {
      ledger = openTestLedger([eventCounter(), ...READ_MODEL_PROJECTIONS], { batchSize: 3 });
    });

    it('applies every event once across batches and leaves each checkpoint at the head', async () => {
      await ledger.append(...someHistory());
      const result = await ledger.runner.runOnce();
      const head = (await ledger.events.readAll()).at(-1)!.position;
      expect(result).toEqual({ events: 7, position: head });
      expect(counted(ledger.readModels.db)).toEqual({ events: 7, most: 1 });
      for (const p of ledger.runner.projections) expect(ledger.readModels.checkpoint(p.name)).toBe(head);
      expect(failedAttempts(ledger.readModels.db, 'doc-1')).toBe(1);
    });

    it('applies nothing twice when runs overlap or repeat, even from a second runner on the same files', async () => {
      await ledger.append(...someHistory());
      const other = new ProjectionRunner(ledger.events, ledger.readModels, ledger.runner.projections, { batchSize: 2 });
      await Promise.all([ledger.runner.runOnce(), other.runOnce(), ledger.runner.runOnce()]);
      await other.runOnce();
      expect(counted(ledger.readModels.db)).toEqual({ events: 7, most: 1 });
      expect(failedAttempts(ledger.readModels.db, 'doc-1')).toBe(1);
    });

    it('continues from the checkpoint with only the new events', async () => {
      await ledger.append(...someHistory());
      await ledger.runner.runOnce();
      await ledger.append(extractionFailed('doc-2', 1));
      expect((await ledger.runner.runOnce()).events).toBe(1);
      expect(getDocument(ledger.readModels.db, 'doc-2')!.failure).toEqual({ stage: 'text', error: 'timeout', attempts: 1 });
      expect(counted(ledger.readModels.db)).toEqual({ events: 8, most: 1 });
    });
  });

  it('rolls back a failing batch with its checkpoint, then resumes where it stopped', async () => {
    let failOn: string | null = 'doc-2';
    const fragile: Projection = {
      ...eventCounter(),
      apply(db, event) {
        if ((event.data as { documentId?: string }).documentId === failOn) throw new Error('boom');
        eventCounter().apply(db, event);
      },
    };
    ledger = openTestLedger([fragile], { batchSize: 100 });
    await ledger.append(...someHistory());
    await expect(ledger.runner.runOnce()).rejects.toThrow('boom');
    expect(counted(ledger.readModels.db).events).toBe(0);
    expect(ledger.readModels.checkpoint('counter')).toBe(0n);
    failOn = null;
    await ledger.runner.runOnce();
    expect(counted(ledger.readModels.db)).toEqual({ events: 7, most: 1 });
  });

  it('brings a projection added later up to date without replaying the others', async () => {
    ledger = openTestLedger([eventCounter('first')]);
    await ledger.append(...someHistory());
    await ledger.runner.runOnce();
    const both = new ProjectionRunner(ledger.events, ledger.readModels, [eventCounter('first'), eventCounter('second')]);
    await both.runOnce();
    expect(counted(ledger.readModels.db, 'first')).toEqual({ events: 7, most: 1 });
    expect(counted(ledger.readModels.db, 'second')).toEqual({ events: 7, most: 1 });
  });

  describe('start and stop', () => {
    beforeEach(() => {
      ledger = openTestLedger(READ_MODEL_PROJECTIONS, { pollIntervalMs: 10_000 });
    });

    it('resolves caughtUp after the backlog and picks up later appends when woken', async () => {
      await ledger.append(...someHistory());
      await ledger.runner.start().caughtUp;
      expect(getDocument(ledger.readModels.db, 'doc-2')!.status).toBe('text_extracted');
      await ledger.append(planParsed('doc-2', [{ id: 'dir-9', text: 'Đăng ký thi đua' }], { number: '02/KH-UBND' }));
      ledger.runner.wake();
      await waitFor(() => getDocument(ledger.readModels.db, 'doc-2')!.status === 'parsed');
      expect(searchDirectives(ledger.readModels.db, { q: 'dang ky' }).items.map((i) => i.id)).toEqual(['dir-9']);
      await ledger.runner.stop();
    });
  });

  describe('rebuild', () => {
    beforeEach(() => {
      ledger = openTestLedger(READ_MODEL_PROJECTIONS, { batchSize: 4, rebuildBatchSize: 3 });
    });

    it('drops and replays every read model to the same rows', async () => {
      await ledger.append(...someHistory());
      await ledger.runner.runOnce();
      await ledger.append(
        directiveAssigned('dir-1', 'doc-1', 'Tổ chức khen thưởng kịp thời năm 2026'),
        directiveAssigned('dir-3', 'doc-3', 'Tổ chức khen thưởng kịp thời năm 2027', { year: 2027 }),
        directiveCorrected('dir-1', { units: { lead: ['Sở Tài chính'], support: [], direct: [] } }),
        planParsed('doc-1', [{ id: 'dir-1', text: 'Tổ chức khen thưởng đột xuất', lead: ['Sở Nội vụ'] }], {}, { extractorVersion: '1.1.0' }),
      );
      await ledger.runner.runOnce();
      const before = dumpReadModels(ledger.readModels.db);
      ledger.readModels.db.prepare("UPDATE documents SET title = 'tampered'").run();
      const result = await ledger.runner.rebuild();
      expect(result.events).toBe(11);
      expect(JSON.parse(before).series_members).toMatchObject([{ directive_id: 'dir-1' }, { directive_id: 'dir-3', series_id: 'dir-1' }]);
      expect(dumpReadModels(ledger.readModels.db)).toBe(before);
      expect(JSON.parse(before).directives).toMatchObject([{ id: 'dir-1', units: JSON.stringify({ lead: ['Sở Tài chính'], support: [], direct: [] }) }]);
    });

    it('rebuilds only the projections asked for', async () => {
      await ledger.append(...someHistory());
      await ledger.runner.runOnce();
      ledger.readModels.db.prepare("UPDATE documents SET title = 'kept'").run();
      ledger.readModels.db.prepare("UPDATE tracker SET text = 'replaced'").run();
      const tracker = READ_MODEL_PROJECTIONS.find((p) => p.name === 'tracker')!;
      await ledger.runner.rebuild([tracker]);
      expect(ledger.readModels.db.prepare("SELECT COUNT(*) AS n FROM documents WHERE title = 'kept'").get()).toEqual({ n: 2 });
      expect(ledger.readModels.db.prepare("SELECT COUNT(*) AS n FROM tracker WHERE text = 'replaced'").get()).toEqual({ n: 0 });
    });
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
