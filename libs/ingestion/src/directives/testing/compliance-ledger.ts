import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  documentIdFromSha256,
  documentStream,
  eventMetadata,
  SYSTEM_ACTOR,
  withDirectiveIdsOf,
  type CommandContext,
  type DirectiveCommand,
  type PlanParsedData,
  type UnitCommand,
} from '@plan-ledger/domain';
import { planTextFromFile } from '@plan-ledger/documents';
import { SqliteEventStore, uuidV7 } from '@plan-ledger/event-store';
import { extractPlan, EXTRACTOR_VERSION, type PlanExtraction } from '@plan-ledger/extraction';
import {
  ProjectionRunner,
  type Projection,
  ReadModelStore,
  citationsProjection,
  complianceProjection,
  seriesProjection,
  unitsProjection,
} from '@plan-ledger/projections';
import { fixturePath } from '../../../../documents/src/testing/fixtures';
import { CorrectDirective, type CorrectDirectivePayload } from '../correct-directive.command';
import { CorrectDirectiveHandler } from '../correct-directive.handler';
import { runDirectiveCommand, runUnitCommand } from '../directive-commands';
import { assignmentsOf } from '../plan-assignments';
import { PlanParsedProcessManager } from '../plan-parsed.process-manager';

export const COMPLIANCE_PROJECTIONS = [unitsProjection, complianceProjection, citationsProjection, seriesProjection];

export interface IngestedPlan {
  documentId: string;
  extraction: PlanExtraction;
  /** Directive ids by structural place ("table1/row2"). */
  idAt: (place: string) => string;
}

/**
 * A real event log and read-model file in a temp dir, the real extraction engine on the shared fixtures, and a
 * clock the test sets: every command and every assignment is recorded at `ledger.clock.now`.
 */
export function openComplianceLedger(projections: readonly Projection[] = COMPLIANCE_PROJECTIONS) {
  const dir = mkdtempSync(join(tmpdir(), 'plan-ledger-compliance-'));
  const events = new SqliteEventStore(join(dir, 'events.sqlite'), { pollIntervalMs: 20 });
  const readModels = new ReadModelStore(join(dir, 'read-models.sqlite'));
  const runner = new ProjectionRunner(events, readModels, projections);
  const clock = { now: '2022-01-05T02:00:00.000Z' };
  const assignments = new PlanParsedProcessManager(events, () => clock.now);
  const ctx = (user = 'lan'): CommandContext => ({ now: clock.now, actor: { user, role: 'officer' }, correlationId: uuidV7() });

  return {
    dir,
    events,
    readModels,
    runner,
    clock,
    db: readModels.db,
    /** Reads a fixture with the real engine and records its PlanParsed. */
    async ingest(fixture: string, reparse?: { extractorVersion: string; change: (e: PlanExtraction) => PlanExtraction }): Promise<IngestedPlan> {
      const file = fixturePath(fixture);
      const documentId = documentIdFromSha256(createHash('sha256').update(readFileSync(file)).digest('hex'));
      const read = extractPlan(await planTextFromFile(file), { source: fixture });
      // A re-parse by a newer engine: the same text read with other rules.
      const extraction = reparse ? reparse.change(read) : read;
      return this.record(documentId, extraction, reparse?.extractorVersion ?? EXTRACTOR_VERSION);
    },
    /** Records a PlanParsed at the clock's time and runs the process manager over the document's stream, as a replay would. */
    async record(documentId: string, extraction: PlanExtraction, extractorVersion = EXTRACTOR_VERSION): Promise<IngestedPlan> {
      const data: PlanParsedData = { documentId, extractorVersion, extraction: withDirectiveIdsOf(documentId, extraction) };
      await events.appendToStream(documentStream(documentId), [
        { id: uuidV7(), type: 'PlanParsed', data, metadata: eventMetadata({ ...ctx('system'), actor: SYSTEM_ACTOR }, 1) },
      ]);
      for (const stored of await events.readStream(documentStream(documentId))) await assignments.handle(stored);
      const ids = new Map(assignmentsOf(data).directives.map((d) => [d.data.place, d.data.directiveId]));
      return {
        documentId,
        extraction,
        idAt: (place) => {
          const id = ids.get(place);
          if (!id) throw new Error(`no directive at ${place}`);
          return id;
        },
      };
    },
    /** The process manager restarted from the beginning of the log. */
    replay: () => assignments.catchUp(),
    /** Runs a lifecycle command at the clock's time, as the API handlers do. */
    directive(command: DirectiveCommand, user?: string) {
      return runDirectiveCommand(events, command.data.directiveId, command, ctx(user));
    },
    /** A correction through its command handler, which names corrected units canonically and records them. */
    correct(payload: CorrectDirectivePayload, user?: string) {
      return new CorrectDirectiveHandler(events).execute(new CorrectDirective(payload, ctx(user)));
    },
    unit(command: UnitCommand, user?: string) {
      return runUnitCommand(events, command.data.unitId, command, ctx(user));
    },
    async close() {
      await runner.stop();
      readModels.close();
      await events.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type ComplianceLedger = ReturnType<typeof openComplianceLedger>;
