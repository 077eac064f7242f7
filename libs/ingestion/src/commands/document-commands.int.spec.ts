import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandBus, CqrsModule } from '@nestjs/cqrs';
import { Test, type TestingModule } from '@nestjs/testing';
import {
  documentIdFromSha256,
  documentStream,
  PlanLedgerError,
  type CommandContext,
  type TextExtractedData,
} from '@plan-ledger/domain';
import { EVENT_STORE, SqliteEventStore, uuidV7, type EventStore } from '@plan-ledger/event-store';
import {
  DOCUMENT_COMMAND_HANDLERS,
  loadDocumentStream,
  ReceiveDocument,
  RecordExtractionFailure,
  RecordPlanParsed,
  RecordTextExtracted,
  RejectDocument,
  runDocumentCommand,
} from './index';

const context: CommandContext = {
  now: '2026-03-02T09:00:00.000Z',
  actor: { user: 'an.tran', role: 'archivist' },
  correlationId: 'upload-42',
  causationId: 'request-7',
};

const sha256 = createHash('sha256').update('KẾ HOẠCH Tổ chức Hội nghị tổng kết').digest('hex');
const documentId = documentIdFromSha256(sha256);
const file = { documentId, sha256, fileName: 'KH 12-KH-UBND.docx', size: 20480, mediaType: 'text/plain' as const };
const text: TextExtractedData = { documentId, textKey: `text/${sha256}`, textSha256: 'a'.repeat(64), source: 'text', characters: 900, pages: null };

describe('document commands through the CommandBus', () => {
  let dir: string;
  let store: SqliteEventStore;
  let module: TestingModule;
  let bus: CommandBus;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'plan-ledger-commands-'));
    store = new SqliteEventStore(join(dir, 'events.db'));
    module = await Test.createTestingModule({
      imports: [CqrsModule.forRoot()],
      providers: [...DOCUMENT_COMMAND_HANDLERS, { provide: EVENT_STORE, useValue: store }],
    }).compile();
    await module.init();
    bus = module.get(CommandBus);
  });

  afterEach(async () => {
    await module.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const types = async () => (await store.readStream(documentStream(documentId))).map((e) => e.type);

  it('runs a document from receipt to a re-parse, storing each event with its metadata', async () => {
    const receipt = await bus.execute(new ReceiveDocument(file, context));
    expect(receipt).toEqual({ documentId, revision: 0, appended: ['DocumentReceived'], duplicate: false });
    await bus.execute(new RecordExtractionFailure({ documentId, stage: 'text', error: 'Error: busy', attempt: 1 }, context));
    await bus.execute(new RecordTextExtracted(text, context));
    await bus.execute(new RecordPlanParsed({ documentId, extractorVersion: '1.0.0', extraction: { directives: [] } }, context));
    const reparsed = await bus.execute(
      new RecordPlanParsed({ documentId, extractorVersion: '1.1.0', extraction: { directives: [{ place: 'I/1' }] } }, context),
    );
    expect(reparsed).toEqual({ documentId, revision: 4, appended: ['PlanParsed'] });
    expect(await types()).toEqual(['DocumentReceived', 'ExtractionFailed', 'TextExtracted', 'PlanParsed', 'PlanParsed']);

    const [received] = await store.readStream(documentStream(documentId));
    expect(received.data).toEqual({ ...file, receivedAt: context.now });
    expect(received.metadata).toEqual({
      actor: context.actor,
      correlationId: 'upload-42',
      causationId: 'request-7',
      recordedAt: context.now,
      schemaVersion: 1,
    });
    const { state } = await loadDocumentStream(store, documentId);
    expect(state).toMatchObject({ status: 'parsed', parsed: { extractorVersion: '1.1.0' }, failures: { text: 1, parse: 0 } });
  });

  it('answers a second upload of the same bytes as a duplicate, appending nothing', async () => {
    await bus.execute(new ReceiveDocument(file, context));
    const again = await bus.execute(new ReceiveDocument({ ...file, fileName: 'copy.docx' }, context));
    expect(again).toEqual({ documentId, revision: 0, appended: [], duplicate: true });
    expect(await types()).toEqual(['DocumentReceived']);
  });

  it('lets a retried job record the same text again without effect', async () => {
    await bus.execute(new ReceiveDocument(file, context));
    await bus.execute(new RecordTextExtracted(text, context));
    const retry = await bus.execute(new RecordTextExtracted({ ...text }, context));
    expect(retry.appended).toEqual([]);
    expect(await types()).toEqual(['DocumentReceived', 'TextExtracted']);
  });

  it('surfaces a refused command as COMMAND.REJECTED and writes nothing', async () => {
    await bus.execute(new ReceiveDocument(file, context));
    await bus.execute(new RejectDocument({ documentId, code: 'DOCUMENT.ENCRYPTED', reason: 'password' }, context));
    const error = await bus.execute(new RecordTextExtracted(text, context)).catch((e) => e);
    expect(error).toBeInstanceOf(PlanLedgerError);
    expect(error.code).toBe('COMMAND.REJECTED');
    expect(await types()).toEqual(['DocumentReceived', 'DocumentRejected']);
  });

  const competingFailure = (attempt: number) =>
    store.appendToStream(documentStream(documentId), [
      { id: uuidV7(), type: 'ExtractionFailed', data: { documentId, stage: 'parse', error: 'x', attempt }, metadata: { schemaVersion: 1 } },
    ]);
  const recordFailure = { type: 'RecordExtractionFailure', data: { stage: 'parse', error: 'y' } } as const;

  it('decides again when another writer appended between its read and its write', async () => {
    await bus.execute(new ReceiveDocument(file, context));
    const racing = withCompetingWriter(store, async (append) => {
      if (append === 1) await competingFailure(1);
    });
    const result = await runDocumentCommand(racing, documentId, recordFailure, context);
    expect(result).toEqual({ documentId, revision: 2, appended: ['ExtractionFailed'] });
    const failures = (await store.readStream(documentStream(documentId))).filter((e) => e.type === 'ExtractionFailed');
    expect(failures.map((e) => (e.data as { attempt: number }).attempt)).toEqual([1, 2]);
  });

  it('gives up with the conflict when another writer wins twice', async () => {
    await bus.execute(new ReceiveDocument(file, context));
    let appends = 0;
    const busy = withCompetingWriter(store, async (append) => {
      appends = append;
      await competingFailure(append);
    });
    const error = await runDocumentCommand(busy, documentId, recordFailure, context).catch((e) => e);
    expect(error).toMatchObject({ code: 'STREAM.REVISION_CONFLICT' });
    expect(appends).toBe(2);
  });
});

/** The real store, with a competing writer given the chance to write just before each append (the nth, from 1). */
function withCompetingWriter(store: EventStore, compete: (append: number) => Promise<void>): EventStore {
  let appends = 0;
  return Object.create(store, {
    appendToStream: {
      value: async (...args: Parameters<EventStore['appendToStream']>) => {
        appends += 1;
        await compete(appends);
        return store.appendToStream(...args);
      },
    },
  });
}
