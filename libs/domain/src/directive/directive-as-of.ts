/**
 * A directive as of a past date, from its recorded history. Two clocks are kept apart:
 * - the effective date of a fact (completedOn, grantedOn, cancelledOn, reopenedOn, ...);
 * - when it was recorded (metadata.recordedAt).
 * "As of T" reads the effective clock: facts effective on or before T, with everything recorded so far (plans from
 * past years are ingested, and their completions entered, long after the fact). `knownBefore` cuts the recording
 * clock as well: with the end of day T it gives the report an office would have printed on T, without a completion
 * recorded late or a correction made after T. Assignments and corrections describe the plan itself, so they apply
 * to every T once recorded (a correction of a misread deadline is backdated to the plan by nature).
 */
import { lastPossibleDay } from './calendar-date';
import type { DirectiveEvent } from './directive.events';
import { effectiveDateOf } from './directive.events';
import { DirectiveState, foldDirective, occurrencesOfState } from './directive.decider';
import { dueInForce } from './due-in-force';

export type ComplianceBucket = 'onTime' | 'late' | 'open' | 'overdue';
/** The four buckets, and the two counted beside them. */
export type TrackedStatus = ComplianceBucket | 'noDeadline' | 'cancelled';

export const COMPLIANCE_BUCKETS: readonly ComplianceBucket[] = ['onTime', 'late', 'open', 'overdue'];
export const TRACKED_STATUSES: readonly TrackedStatus[] = [...COMPLIANCE_BUCKETS, 'noDeadline', 'cancelled'];

export interface RecordedDirectiveEvent {
  event: DirectiveEvent;
  /** ISO instant from metadata.recordedAt. */
  recordedAt: string;
  revision: number;
}

export interface AsOf {
  /** ISO date T. */
  date: string;
  /** Exclusive ISO instant (as recordedAt is written): facts recorded at or after it are left out. Default: none. */
  knownBefore?: string;
}

export interface OccurrenceAsOf {
  key: string;
  /** The plan's due date (after corrections). */
  due: string | null;
  /** The due date after extensions granted in time. */
  dueInForce: string | null;
  completedOn: string | null;
  status: TrackedStatus;
}

export interface DirectiveAsOf {
  state: DirectiveState;
  occurrences: OccurrenceAsOf[];
}

/** Null when, as of T, the directive did not exist yet (its plan unissued or its assignment unrecorded). */
export function directiveAsOf(history: readonly RecordedDirectiveEvent[], asOf: AsOf): DirectiveAsOf | null {
  const { knownBefore } = asOf;
  const known = history.filter((e) => knownBefore === undefined || e.recordedAt < knownBefore).sort((a, b) => a.revision - b.revision);
  const content = known.filter((e) => effectiveDateOf(e.event) === null);
  const lifecycle = known
    .map((e) => ({ ...e, effective: effectiveDateOf(e.event) }))
    .filter((e): e is typeof e & { effective: string } => e.effective !== null && e.effective <= asOf.date)
    .sort((a, b) => (a.effective < b.effective ? -1 : a.effective > b.effective ? 1 : a.revision - b.revision));
  const state = foldDirective([...content, ...lifecycle].map((e) => e.event));
  if (state.status === 'absent') return null;
  const issued = lastPossibleDay(state.plan?.issuedOn);
  if (issued !== null && issued > asOf.date) return null;
  return { state, occurrences: classify(state, asOf.date) };
}

function classify(state: DirectiveState, date: string): OccurrenceAsOf[] {
  return occurrencesOfState(state).map((occurrence) => {
    const tracked = state.occurrences[occurrence.key];
    const completedOn = tracked?.completedOn ?? null;
    const due = dueInForce(occurrence.due, tracked?.extensions ?? []);
    return { key: occurrence.key, due: occurrence.due, dueInForce: due, completedOn, status: statusOf(state, completedOn, due, date) };
  });
}

function statusOf(state: DirectiveState, completedOn: string | null, due: string | null, date: string): TrackedStatus {
  // Work done before a cancellation stays done; what was still open is cancelled.
  if (completedOn === null && state.status === 'cancelled') return 'cancelled';
  if (due === null) return 'noDeadline';
  if (completedOn !== null) return completedOn <= due ? 'onTime' : 'late';
  return date <= due ? 'open' : 'overdue';
}
