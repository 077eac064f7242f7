import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventMetadata } from '@plan-ledger/domain';
import { SqliteEventStore, uuidV7, type NewEvent } from '@plan-ledger/event-store';
import type { Directive, DocumentFields, PlanExtraction } from '@plan-ledger/extraction';
import { ReadModelStore } from '../../store/read-model-store';
import type { Projection } from '../projection';
import { ProjectionRunner, type ProjectionRunnerOptions } from '../projection-runner';

/** Builders for the events read models consume, shaped as libs/domain and libs/extraction define them. */

const metadata = (recordedAt: string): EventMetadata => ({
  actor: { user: 'system', role: 'system' },
  correlationId: 'test',
  causationId: null,
  recordedAt,
  schemaVersion: 1,
});

export const documentReceived = (documentId: string, fileName: string, recordedAt = '2026-01-05T08:00:00.000Z'): NewEvent => ({
  id: uuidV7(),
  type: 'DocumentReceived',
  data: { documentId, sha256: `sha-${documentId}`, fileName, size: 1234, mediaType: 'application/pdf', receivedAt: recordedAt },
  metadata: metadata(recordedAt),
});

export const textExtracted = (documentId: string, recordedAt = '2026-01-05T08:00:01.000Z'): NewEvent => ({
  id: uuidV7(),
  type: 'TextExtracted',
  data: { documentId, textKey: `text/${documentId}`, textSha256: 'x', source: 'pdf', characters: 5000, pages: 3 },
  metadata: metadata(recordedAt),
});

export const documentRejected = (documentId: string, code: string, reason: string, recordedAt = '2026-01-05T08:00:01.000Z'): NewEvent => ({
  id: uuidV7(),
  type: 'DocumentRejected',
  data: { documentId, code, reason },
  metadata: metadata(recordedAt),
});

export const extractionFailed = (documentId: string, attempt: number, recordedAt = '2026-01-05T08:00:01.000Z'): NewEvent => ({
  id: uuidV7(),
  type: 'ExtractionFailed',
  data: { documentId, stage: 'text', error: 'timeout', attempt },
  metadata: metadata(recordedAt),
});

export interface DirectiveSketch {
  id: string;
  text: string;
  lead?: string[];
  support?: string[];
  due?: string;
}

export const planFields = (fields: Partial<DocumentFields> = {}): DocumentFields => ({
  kind: 'KE_HOACH',
  number: '01/KH-UBND',
  symbol: 'KH-UBND',
  issuer: 'Ủy ban nhân dân tỉnh Hà Giang',
  place: 'Hà Giang',
  issuedOn: '2026-01-04',
  title: 'Công tác thi đua, khen thưởng năm 2026',
  year: 2026,
  signer: { name: 'Nguyễn Văn A', position: 'Chủ tịch' },
  recipients: [],
  references: [{ kind: 'LUAT', number: '06/2022/QH15', issuedOn: '2022-06-15', issuer: 'Quốc hội' }],
  ...fields,
});

const unitId = (name: string) => name.toLowerCase().replace(/\s+/g, '-');

export function directiveOf(sketch: DirectiveSketch, ordinal: number): Directive {
  const lead = sketch.lead ?? [];
  const support = sketch.support ?? [];
  return {
    id: sketch.id,
    text: sketch.text,
    section: 'III. TỔ CHỨC THỰC HIỆN',
    units: { lead, support, direct: [] },
    unitIds: { lead: lead.map(unitId), support: support.map(unitId), direct: [] },
    deadline: sketch.due ? { kind: 'date', start: null, due: sketch.due, raw: `trước ngày ${sketch.due}` } : null,
    recurrence: null,
    span: { start: ordinal * 100, end: ordinal * 100 + sketch.text.length },
    place: `III/${ordinal + 1}`,
  };
}

export function planParsed(
  documentId: string,
  directives: DirectiveSketch[],
  fields: Partial<DocumentFields> = {},
  options: { extractorVersion?: string; recordedAt?: string } = {},
): NewEvent {
  const extractorVersion = options.extractorVersion ?? '1.0.0';
  const extraction: PlanExtraction = {
    schema: 'vn-plan/1',
    source: `${documentId}.pdf`,
    extractorVersion,
    document: planFields(fields),
    directives: directives.map(directiveOf),
  };
  return {
    id: uuidV7(),
    type: 'PlanParsed',
    data: { documentId, extractorVersion, extraction },
    metadata: metadata(options.recordedAt ?? '2026-01-05T08:00:02.000Z'),
  };
}

export const directiveCompleted = (directiveId: string, completedOn: string): NewEvent => ({
  id: uuidV7(),
  type: 'DirectiveCompleted',
  data: { directiveId, occurrence: 'once', completedOn, evidence: { documentId: null, note: null } },
  metadata: metadata(`${completedOn}T10:00:00.000Z`),
});

export const directiveReopened = (directiveId: string, reopenedOn: string): NewEvent => ({
  id: uuidV7(),
  type: 'DirectiveReopened',
  data: { directiveId, occurrence: null, reason: 'chưa đạt', reopenedOn },
  metadata: metadata(`${reopenedOn}T10:00:00.000Z`),
});

export const directiveCorrected = (directiveId: string, after: Record<string, unknown>, recordedAt = '2026-02-01T10:00:00.000Z'): NewEvent => ({
  id: uuidV7(),
  type: 'DirectiveCorrected',
  data: { directiveId, before: {}, after, reason: 'đọc sai', correctedBy: 'officer' },
  metadata: metadata(recordedAt),
});

/** An assignment of a directive to a plan's task, as a parse records it for each directive. */
export function directiveAssigned(
  directiveId: string,
  documentId: string,
  text: string,
  plan: { issuer?: string | null; year?: number } = {},
): NewEvent {
  const year = plan.year ?? 2026;
  return {
    id: uuidV7(),
    type: 'DirectiveAssigned',
    data: {
      directiveId,
      plan: { documentId, issuer: plan.issuer ?? 'Ủy ban nhân dân tỉnh Hà Giang', issuedOn: `${year}-01-04`, year, number: `01/KH-${year}`, title: null },
      extractorVersion: '1.0.0',
      place: 'III/1',
      section: null,
      span: null,
      extracted: { text, units: { lead: [], support: [], direct: [] }, unitIds: { lead: [], support: [], direct: [] }, deadline: null, recurrence: null },
      keptCorrections: [],
    },
    metadata: metadata(`${year}-01-05T08:00:00.000Z`),
  };
}

/** A real event log and read-model file in a temp dir, with a runner over the given projections. */
export interface TestLedger {
  dir: string;
  events: SqliteEventStore;
  readModels: ReadModelStore;
  runner: ProjectionRunner;
  /** Appends each event to the stream its document or directive names. */
  append(...events: NewEvent[]): Promise<void>;
  /** Appends the events, then lets the projections catch up: the "given" of a read-model test. */
  given(...events: NewEvent[]): Promise<void>;
  close(): Promise<void>;
}

export function openTestLedger(projections: readonly Projection[], options?: ProjectionRunnerOptions): TestLedger {
  const dir = mkdtempSync(join(tmpdir(), 'plan-ledger-projections-'));
  const events = new SqliteEventStore(join(dir, 'events.sqlite'), { pollIntervalMs: 20 });
  const readModels = new ReadModelStore(join(dir, 'read-models.sqlite'));
  const runner = new ProjectionRunner(events, readModels, projections, options);
  return {
    dir,
    events,
    readModels,
    runner,
    async append(...list) {
      for (const event of list) {
        const data = event.data as { documentId?: string; directiveId?: string };
        const stream = data.directiveId ? `directive-${data.directiveId}` : `document-${data.documentId}`;
        await events.appendToStream(stream, [event]);
      }
    },
    async given(...list) {
      await this.append(...list);
      await runner.runOnce();
    },
    async close() {
      await runner.stop();
      readModels.close();
      await events.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
