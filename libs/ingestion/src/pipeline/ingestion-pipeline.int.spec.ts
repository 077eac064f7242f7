import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadSettings } from '@plan-ledger/config';
import { documentStream, SYSTEM_ACTOR } from '@plan-ledger/domain';
import { EVENT_STORE, SqliteEventStore, type EventStore } from '@plan-ledger/event-store';
import { FILE_STORE, type FileStore } from '@plan-ledger/files';
import { JOB_QUEUE, type JobQueue } from '@plan-ledger/jobs';
import { IngestionModule } from '../ingestion.module';
import { DocumentIntake } from './document-intake';
import { EXTRACT_TEXT_JOB, PARSE_PLAN_JOB } from './ingestion-jobs';
import { withCrashPoint } from './crash-point';

const fixture = (...parts: string[]) =>
  path.join(process.env.PLAN_LEDGER_SHARED_DIR ?? path.resolve(__dirname, '../../../../../shared'), 'fixtures', ...parts);

describe('ingestion pipeline (real SQLite log, file store and in-process jobs)', () => {
  let dataDir: string;
  let app: INestApplicationContext;
  let intake: DocumentIntake;
  let events: EventStore;
  let jobs: JobQueue;

  const open = async ({ runJobs = true } = {}) => {
    const settings = loadSettings({ PLAN_LEDGER_DATA_DIR: dataDir, PLAN_LEDGER_JOB_ATTEMPTS: '2', PLAN_LEDGER_JOB_BACKOFF_MS: '10' });
    app = await NestFactory.createApplicationContext(IngestionModule.forRoot(settings, { runJobs, runProjections: false }), { logger: false });
    await app.init();
    intake = app.get(DocumentIntake);
    events = app.get(EVENT_STORE);
    jobs = app.get(JOB_QUEUE);
  };
  const types = async (documentId: string) => (await events.readStream(documentStream(documentId))).map((e) => e.type);
  const receive = async (file: string, name = path.basename(file)) =>
    (await intake.receive([{ bytes: await fs.readFile(file), fileName: name }], SYSTEM_ACTOR))[0];

  beforeEach(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'pl-ingestion-'));
    await open();
  });
  afterEach(async () => {
    await app.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('takes a plan from receipt to PlanParsed', async () => {
    const receipt = await receive(fixture('text', '000.txt'));
    await jobs.idle();
    expect(await types(receipt.id)).toEqual(['DocumentReceived', 'TextExtracted', 'PlanParsed']);
  });

  it('writes nothing more when the same jobs run again, or the same bytes come again', async () => {
    const receipt = await receive(fixture('plans', '001.docx'));
    await jobs.idle();
    const before = await events.readStream(documentStream(receipt.id));
    await jobs.enqueue({ name: EXTRACT_TEXT_JOB, id: receipt.id, payload: { documentId: receipt.id } });
    await jobs.enqueue({ name: PARSE_PLAN_JOB, id: receipt.id, payload: { documentId: receipt.id } });
    const again = await receive(fixture('plans', '001.docx'), 'again.docx');
    await jobs.idle();
    expect(again).toEqual({ id: receipt.id, fileName: 'again.docx', status: 'parsed', duplicate: true });
    expect(await events.readStream(documentStream(receipt.id))).toEqual(before);
  });

  it.each([
    ['empty.pdf', 'DOCUMENT.EMPTY'],
    ['legacy.doc', 'DOCUMENT.LEGACY_DOC'],
    ['html-as.docx', 'DOCUMENT.NOT_WORD'],
  ])('refuses bad/%s before writing anything', async (name, code) => {
    await expect(receive(fixture('bad', name))).rejects.toMatchObject({ code });
    expect(await events.readAll()).toEqual([]);
    expect(await fs.readdir(path.join(dataDir, 'files')).catch(() => [])).toEqual([]);
  });

  it('checks every file of an upload before storing any, and names the one refused', async () => {
    const files = [
      { bytes: await fs.readFile(fixture('text', '003.txt')), fileName: '003.txt' },
      { bytes: Buffer.alloc(0), fileName: 'empty.pdf' },
    ];
    await expect(intake.receive(files, SYSTEM_ACTOR)).rejects.toMatchObject({ code: 'DOCUMENT.EMPTY', details: { fileName: 'empty.pdf' } });
    expect(await events.readAll()).toEqual([]);
  });

  it('rejects a damaged file for good, without retrying it', async () => {
    const receipt = await receive(fixture('bad', 'truncated.pdf'));
    await jobs.idle();
    const stream = await events.readStream(documentStream(receipt.id));
    expect(stream.map((e) => e.type)).toEqual(['DocumentReceived', 'DocumentRejected']);
    expect(stream[1].data).toMatchObject({ code: 'DOCUMENT.CORRUPT' });
  });

  it('records each failed attempt, gives up after the last, and resumes the document on the next start', async () => {
    await app.close();
    await open({ runJobs: false });
    const bytes = await fs.readFile(fixture('text', '002.txt'));
    const receipt = await receive(fixture('text', '002.txt'));
    const sha256 = ((await events.readStream(documentStream(receipt.id)))[0].data as { sha256: string }).sha256;
    await app.close();
    // The stored file goes missing: reading it fails in a way no retry of the job can fix.
    await fs.rm(path.join(dataDir, 'files', sha256.slice(0, 2), sha256.slice(2)));

    await open();
    await jobs.idle();
    const failed = await events.readStream(documentStream(receipt.id));
    expect(failed.map((e) => [e.type, (e.data as { attempt?: number }).attempt])).toEqual([
      ['DocumentReceived', undefined],
      ['ExtractionFailed', 1],
      ['ExtractionFailed', 2],
    ]);

    await app.get<FileStore>(FILE_STORE).put(bytes);
    await app.close();
    await open();
    await jobs.idle();
    expect(await types(receipt.id)).toEqual(['DocumentReceived', 'ExtractionFailed', 'ExtractionFailed', 'TextExtracted', 'PlanParsed']);
  });
});

describe('withCrashPoint', () => {
  it('kills right after the n-th written event of the type, counting no idempotent retries', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pl-crash-'));
    const kill = jest.fn();
    const store = withCrashPoint(new SqliteEventStore(path.join(dir, 'events.sqlite')), { eventType: 'TextExtracted', count: 2 }, kill);
    try {
      const event = (id: string, type: string) => ({ id, type, data: {}, metadata: {} });
      const first = event('0190a000-0000-7000-8000-000000000001', 'TextExtracted');
      await store.appendToStream('document-a', [event('0190a000-0000-7000-8000-000000000000', 'DocumentReceived'), first]);
      await store.appendToStream('document-a', [first]);
      expect(kill).not.toHaveBeenCalled();
      await store.appendToStream('document-b', [event('0190a000-0000-7000-8000-000000000002', 'TextExtracted')]);
      expect(kill).toHaveBeenCalledTimes(1);
      expect((await store.readAll()).length).toBe(3);
    } finally {
      await store.close();
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
