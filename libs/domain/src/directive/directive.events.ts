/** The directive stream's events (DESIGN's table). Type names are stored forever; schema versions live in metadata. */
import type { Deadline, DirectiveUnits, Recurrence, TextRange } from '@plan-ledger/extraction';

/** What a plan says about itself, copied onto each of its directives so a directive stream stands alone. */
export interface PlanFacts {
  documentId: string;
  issuer: string | null;
  /** ISO date, or partial ("2021-12", "2026") when the day or month was left blank. */
  issuedOn: string | null;
  year: number | null;
  number: string | null;
  title: string | null;
}

/** The fields a person may correct. `units` and `unitIds` travel together (one correction of "units"). */
export interface DirectiveContent {
  text: string;
  units: DirectiveUnits;
  unitIds: DirectiveUnits;
  deadline: Deadline | null;
  recurrence: Recurrence | null;
}

export type CorrectableField = 'text' | 'units' | 'deadline' | 'recurrence';
export const CORRECTABLE_FIELDS: readonly CorrectableField[] = ['text', 'units', 'deadline', 'recurrence'];

export interface DirectiveAssignedData {
  directiveId: string;
  plan: PlanFacts;
  extractorVersion: string;
  place: string;
  section: string | null;
  span: TextRange | null;
  /** The engine's reading, exactly as extracted. */
  extracted: DirectiveContent;
  /**
   * Fields a person corrected earlier that this extraction reads differently: the correction stays in force,
   * and the engine's new reading is kept above for review.
   */
  keptCorrections: CorrectableField[];
}

export interface DirectiveAcknowledgedData {
  directiveId: string;
  acknowledgedOn: string;
}

export interface ProgressReportedData {
  directiveId: string;
  occurrence: string;
  percent: number;
  note: string | null;
  evidenceDocumentId: string | null;
  reportedOn: string;
}

export interface DirectiveCompletedData {
  directiveId: string;
  occurrence: string;
  completedOn: string;
  evidence: { documentId: string | null; note: string | null };
}

export interface DirectiveReopenedData {
  directiveId: string;
  /** The occurrence reopened, or null when the directive itself is un-cancelled. */
  occurrence: string | null;
  reason: string;
  reopenedOn: string;
}

export interface DeadlineExtendedData {
  directiveId: string;
  occurrence: string;
  previousDue: string;
  newDue: string;
  reason: string;
  /** The document (id or number as printed) that allowed the extension. */
  authorisedBy: string;
  grantedOn: string;
}

export interface DirectiveCancelledData {
  directiveId: string;
  reason: string;
  cancelledOn: string;
  /**
   * Set when no person cancelled it: a newer engine's reading of its plan (this extractor version) no longer finds
   * the directive. Absent from every cancellation made by people.
   */
  withdrawnBy?: string;
}

export interface DirectiveCorrectedData {
  directiveId: string;
  before: Partial<DirectiveContent>;
  after: Partial<DirectiveContent>;
  reason: string | null;
  /** Who made the correction (also in metadata.actor; kept here because it is part of the record). */
  correctedBy: string;
}

export type DirectiveEvent =
  | { type: 'DirectiveAssigned'; data: DirectiveAssignedData }
  | { type: 'DirectiveAcknowledged'; data: DirectiveAcknowledgedData }
  | { type: 'ProgressReported'; data: ProgressReportedData }
  | { type: 'DirectiveCompleted'; data: DirectiveCompletedData }
  | { type: 'DirectiveReopened'; data: DirectiveReopenedData }
  | { type: 'DeadlineExtended'; data: DeadlineExtendedData }
  | { type: 'DirectiveCancelled'; data: DirectiveCancelledData }
  | { type: 'DirectiveCorrected'; data: DirectiveCorrectedData };

export type DirectiveEventType = DirectiveEvent['type'];

export const DIRECTIVE_EVENT_TYPES: ReadonlySet<string> = new Set<DirectiveEventType>([
  'DirectiveAssigned',
  'DirectiveAcknowledged',
  'ProgressReported',
  'DirectiveCompleted',
  'DirectiveReopened',
  'DeadlineExtended',
  'DirectiveCancelled',
  'DirectiveCorrected',
]);

export const DIRECTIVE_EVENT_SCHEMA_VERSION = 1;

export const directiveStream = (directiveId: string): string => `directive-${directiveId}`;

/**
 * The day a fact took effect, as opposed to when it was recorded (metadata.recordedAt). Assignments and
 * corrections describe the plan itself, so they have no effective day of their own.
 */
export function effectiveDateOf(event: DirectiveEvent): string | null {
  switch (event.type) {
    case 'DirectiveAssigned':
    case 'DirectiveCorrected':
      return null;
    case 'DirectiveAcknowledged':
      return event.data.acknowledgedOn;
    case 'ProgressReported':
      return event.data.reportedOn;
    case 'DirectiveCompleted':
      return event.data.completedOn;
    case 'DirectiveReopened':
      return event.data.reopenedOn;
    case 'DeadlineExtended':
      return event.data.grantedOn;
    case 'DirectiveCancelled':
      return event.data.cancelledOn;
    default: {
      const unknown: never = event;
      throw new Error(`unknown directive event ${JSON.stringify(unknown)}`);
    }
  }
}
