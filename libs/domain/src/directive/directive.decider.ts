/**
 * A directive's lifecycle (STYLE 1): plain decide/evolve. Rules:
 * - a cancelled directive, or a completed occurrence, accepts nothing but a reopen;
 * - a completion cannot be dated before the plan's issue date (a partial date counts as its last possible day)
 *   nor after today;
 * - re-extraction never overwrites a person's correction: corrected fields stay pinned, the engine's new reading
 *   is recorded beside them (`keptCorrections` names the fields where the two now differ);
 * - a directive that a newer reading of its plan no longer finds is withdrawn (cancelled by the system, so it
 *   leaves the open and overdue counts), unless people completed it; a later reading that finds it again reopens it.
 */
import { PlanLedgerError } from '../errors';
import type { CommandContext } from '../metadata';
import { isIsoDate, lastPossibleDay, vietnamDate } from './calendar-date';
import type {
  CorrectableField,
  DirectiveAssignedData,
  DirectiveContent,
  DirectiveEvent,
  PlanFacts,
} from './directive.events';
import { CORRECTABLE_FIELDS } from './directive.events';
import { dueInForce } from './due-in-force';
import { Occurrence, SINGLE_OCCURRENCE, occurrencesOf } from './occurrences';
import { compareExtractorVersions } from '../document/extractor-version';
import { sameJson } from '../document/same-json';

export interface ExtensionRecord {
  previousDue: string;
  newDue: string;
  grantedOn: string;
  reason: string;
  authorisedBy: string;
}

export interface OccurrenceState {
  completedOn: string | null;
  /** The last reopen: a later completion cannot be dated before it (history read by effective date stays the same). */
  reopenedOn: string | null;
  percent: number;
  extensions: ExtensionRecord[];
}

export interface DirectiveState {
  status: 'absent' | 'active' | 'cancelled';
  directiveId: string | null;
  plan: PlanFacts | null;
  extractorVersion: string | null;
  place: string | null;
  section: string | null;
  /** The engine's latest reading. */
  extracted: DirectiveContent | null;
  /** Values people set; they win over every extraction. */
  corrections: Partial<DirectiveContent>;
  /** What is in force: the extraction overlaid with the corrections. */
  content: DirectiveContent | null;
  acknowledgedOn: string | null;
  cancelledOn: string | null;
  /** The extractor version of the last reading that withdrew the directive; kept after a reopen, so a replay does not withdraw it again. */
  withdrawnBy: string | null;
  /** The cancellation in force is a withdrawal (not a person's decision), which a newer reading may undo. */
  withdrawn: boolean;
  occurrences: Record<string, OccurrenceState>;
}

export const initialState: DirectiveState = {
  status: 'absent',
  directiveId: null,
  plan: null,
  extractorVersion: null,
  place: null,
  section: null,
  extracted: null,
  corrections: {},
  content: null,
  acknowledgedOn: null,
  cancelledOn: null,
  withdrawnBy: null,
  withdrawn: false,
  occurrences: {},
};

type Optional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

export type DirectiveCommand =
  | { type: 'AssignDirective'; data: Omit<DirectiveAssignedData, 'keptCorrections'> }
  | { type: 'AcknowledgeDirective'; data: { directiveId: string; acknowledgedOn?: string } }
  | {
      type: 'ReportProgress';
      data: { directiveId: string; occurrence?: string; percent: number; note?: string | null; evidenceDocumentId?: string | null; reportedOn?: string };
    }
  | {
      type: 'CompleteDirective';
      data: { directiveId: string; occurrence?: string; completedOn?: string; evidence?: { documentId?: string | null; note?: string | null } };
    }
  | { type: 'ReopenDirective'; data: { directiveId: string; occurrence?: string; reason: string; reopenedOn?: string } }
  | {
      type: 'ExtendDeadline';
      data: { directiveId: string; occurrence?: string; newDue: string; reason: string; authorisedBy: string; grantedOn?: string };
    }
  | { type: 'CancelDirective'; data: { directiveId: string; reason: string; cancelledOn?: string } }
  /** The system's, when a reading by `extractorVersion` of the directive's plan no longer finds it. */
  | { type: 'WithdrawDirective'; data: { directiveId: string; extractorVersion: string; withdrawnOn?: string } }
  | { type: 'CorrectDirective'; data: { directiveId: string; after: Partial<DirectiveContent>; reason?: string | null } };

export type DirectiveCommandType = DirectiveCommand['type'];

export function decide(command: DirectiveCommand, state: DirectiveState, ctx: CommandContext): DirectiveEvent[] {
  if (command.type === 'AssignDirective') return assign(command.data, state, ctx);
  if (command.type === 'WithdrawDirective') return withdraw(command.data, state, ctx);
  if (state.status === 'absent') {
    throw new PlanLedgerError('STREAM.NOT_FOUND', `directive ${command.data.directiveId} does not exist`);
  }
  const today = vietnamDate(ctx.now);
  const directiveId = state.directiveId!;
  if (state.status === 'cancelled' && command.type !== 'ReopenDirective') {
    throw rejected(`directive ${directiveId} is cancelled; only a reopen is possible`);
  }
  switch (command.type) {
    case 'AcknowledgeDirective': {
      refuseWhenAllCompleted(state);
      if (state.acknowledgedOn !== null) return [];
      const acknowledgedOn = dayOf(command.data.acknowledgedOn, today, 'acknowledgedOn');
      return [{ type: 'DirectiveAcknowledged', data: { directiveId, acknowledgedOn } }];
    }
    case 'ReportProgress': {
      const { data } = command;
      const occurrence = openOccurrence(state, data.occurrence);
      if (!Number.isInteger(data.percent) || data.percent < 0 || data.percent > 100) {
        throw invalid('percent must be an integer from 0 to 100');
      }
      const reportedOn = dayOf(data.reportedOn, today, 'reportedOn');
      return [
        {
          type: 'ProgressReported',
          data: { directiveId, occurrence, percent: data.percent, note: data.note ?? null, evidenceDocumentId: data.evidenceDocumentId ?? null, reportedOn },
        },
      ];
    }
    case 'CompleteDirective': {
      const { data } = command;
      const occurrence = openOccurrence(state, data.occurrence);
      const completedOn = dayOf(data.completedOn, today, 'completedOn');
      const issued = lastPossibleDay(state.plan?.issuedOn);
      if (issued !== null && completedOn < issued) {
        throw rejected(`completedOn ${completedOn} is before the plan was issued (${state.plan!.issuedOn})`);
      }
      const reopenedOn = state.occurrences[occurrence]?.reopenedOn ?? null;
      if (reopenedOn !== null && completedOn < reopenedOn) throw rejected(`completedOn ${completedOn} is before the reopen (${reopenedOn})`);
      const evidence = { documentId: data.evidence?.documentId ?? null, note: data.evidence?.note ?? null };
      return [{ type: 'DirectiveCompleted', data: { directiveId, occurrence, completedOn, evidence } }];
    }
    case 'ReopenDirective': {
      const { data } = command;
      requireText(data.reason, 'reason');
      const reopenedOn = dayOf(data.reopenedOn, today, 'reopenedOn');
      if (state.status === 'cancelled') {
        if (data.occurrence !== undefined) throw rejected('a cancelled directive is reopened as a whole, without an occurrence');
        if (state.cancelledOn !== null && reopenedOn < state.cancelledOn) throw rejected('reopenedOn is before the cancellation');
        return [{ type: 'DirectiveReopened', data: { directiveId, occurrence: null, reason: data.reason, reopenedOn } }];
      }
      const occurrence = occurrenceKey(state, data.occurrence);
      const completedOn = state.occurrences[occurrence]?.completedOn ?? null;
      if (completedOn === null) throw rejected(`occurrence ${occurrence} of ${directiveId} is neither completed nor cancelled`);
      if (reopenedOn < completedOn) throw rejected('reopenedOn is before the completion');
      return [{ type: 'DirectiveReopened', data: { directiveId, occurrence, reason: data.reason, reopenedOn } }];
    }
    case 'ExtendDeadline': {
      const { data } = command;
      const occurrence = openOccurrence(state, data.occurrence);
      requireText(data.reason, 'reason');
      requireText(data.authorisedBy, 'authorisedBy');
      const grantedOn = dayOf(data.grantedOn, today, 'grantedOn');
      if (!isIsoDate(data.newDue)) throw invalid('newDue must be an ISO date (YYYY-MM-DD)');
      const original = occurrencesOf(state.content!.deadline, state.content!.recurrence, planYear(state.plan)).find((o) => o.key === occurrence)!;
      const previousDue = dueInForce(original.due, state.occurrences[occurrence]?.extensions ?? []);
      if (previousDue === null) throw rejected('the directive has no deadline to extend; correct its deadline instead');
      if (data.newDue <= previousDue) throw rejected(`newDue ${data.newDue} does not extend the due in force (${previousDue})`);
      return [
        {
          type: 'DeadlineExtended',
          data: { directiveId, occurrence, previousDue, newDue: data.newDue, reason: data.reason, authorisedBy: data.authorisedBy, grantedOn },
        },
      ];
    }
    case 'CancelDirective': {
      refuseWhenAllCompleted(state);
      requireText(command.data.reason, 'reason');
      const cancelledOn = dayOf(command.data.cancelledOn, today, 'cancelledOn');
      return [{ type: 'DirectiveCancelled', data: { directiveId, reason: command.data.reason, cancelledOn } }];
    }
    case 'CorrectDirective':
      refuseWhenAllCompleted(state);
      return correct(command.data, state, ctx);
    default: {
      const unknown: never = command;
      throw invalid(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

export function evolve(state: DirectiveState, event: DirectiveEvent): DirectiveState {
  switch (event.type) {
    case 'DirectiveAssigned': {
      const { data } = event;
      return {
        ...state,
        status: state.status === 'absent' ? 'active' : state.status,
        directiveId: data.directiveId,
        plan: data.plan,
        extractorVersion: data.extractorVersion,
        place: data.place,
        section: data.section,
        extracted: data.extracted,
        content: { ...data.extracted, ...state.corrections },
      };
    }
    case 'DirectiveCorrected': {
      const corrections = { ...state.corrections, ...event.data.after };
      return { ...state, corrections, content: { ...state.content!, ...corrections } };
    }
    case 'DirectiveAcknowledged':
      return { ...state, acknowledgedOn: event.data.acknowledgedOn };
    case 'ProgressReported':
      return withOccurrence(state, event.data.occurrence, (o) => ({ ...o, percent: event.data.percent }));
    case 'DirectiveCompleted':
      return withOccurrence(state, event.data.occurrence, (o) => ({ ...o, completedOn: event.data.completedOn }));
    case 'DirectiveReopened':
      if (event.data.occurrence === null) return { ...state, status: 'active', cancelledOn: null, withdrawn: false };
      return withOccurrence(state, event.data.occurrence, (o) => ({ ...o, completedOn: null, reopenedOn: event.data.reopenedOn }));
    case 'DeadlineExtended': {
      const { previousDue, newDue, grantedOn, reason, authorisedBy } = event.data;
      return withOccurrence(state, event.data.occurrence, (o) => ({
        ...o,
        extensions: [...o.extensions, { previousDue, newDue, grantedOn, reason, authorisedBy }],
      }));
    }
    case 'DirectiveCancelled': {
      const { cancelledOn, withdrawnBy } = event.data;
      return { ...state, status: 'cancelled', cancelledOn, withdrawnBy: withdrawnBy ?? state.withdrawnBy, withdrawn: withdrawnBy !== undefined };
    }
    default: {
      const unknown: never = event;
      throw new Error(`unknown directive event ${JSON.stringify(unknown)}`);
    }
  }
}

export const foldDirective = (events: readonly DirectiveEvent[], from: DirectiveState = initialState): DirectiveState =>
  events.reduce(evolve, from);

/** The year a plan is for: its stated year, else the year it was issued. */
export function planYear(plan: PlanFacts | null): number | null {
  if (!plan) return null;
  return plan.year ?? (plan.issuedOn ? Number(plan.issuedOn.slice(0, 4)) : null);
}

/** The directive's occurrences under the content in force. */
export function occurrencesOfState(state: DirectiveState): Occurrence[] {
  if (!state.content) return [];
  return occurrencesOf(state.content.deadline, state.content.recurrence, planYear(state.plan));
}

function assign(data: Omit<DirectiveAssignedData, 'keptCorrections'>, state: DirectiveState, ctx: CommandContext): DirectiveEvent[] {
  if (state.status !== 'absent' && state.plan!.documentId !== data.plan.documentId) {
    throw invalid(`directive ${data.directiveId} already belongs to document ${state.plan!.documentId}`);
  }
  // A replayed PlanParsed from an older engine: the newer reading already stands.
  if (state.status !== 'absent' && compareExtractorVersions(data.extractorVersion, state.extractorVersion!) < 0) return [];
  const unchanged =
    state.status !== 'absent' &&
    state.extractorVersion === data.extractorVersion &&
    state.place === data.place &&
    sameJson(state.extracted, data.extracted) &&
    sameJson(state.plan, data.plan);
  // A retried job or a replayed PlanParsed: the same reading changes nothing.
  if (unchanged) return [];
  const keptCorrections = (Object.keys(state.corrections) as (keyof DirectiveContent)[])
    .filter((field) => !sameJson(state.corrections[field], data.extracted[field]))
    .map(correctableFieldOf)
    .filter((field, i, all) => all.indexOf(field) === i);
  const reading: DirectiveEvent = { type: 'DirectiveAssigned', data: { ...data, keptCorrections } };
  // Only a withdrawal is undone by a newer reading that finds the directive again; a person's cancellation stands.
  if (!state.withdrawn || compareExtractorVersions(data.extractorVersion, state.withdrawnBy!) <= 0) return [reading];
  const reopenedOn = vietnamDate(ctx.now);
  const reason = `Bộ trích xuất ${data.extractorVersion} đọc thấy lại nhiệm vụ trong kế hoạch`;
  return [reading, { type: 'DirectiveReopened', data: { directiveId: data.directiveId, occurrence: null, reason, reopenedOn } }];
}

/**
 * Nothing when the directive is unknown, already cancelled, completed by people, or was read by this engine or a
 * newer one (a replayed, older PlanParsed), or when this reading withdrew it before (a replay after a reopen).
 */
function withdraw(data: { directiveId: string; extractorVersion: string; withdrawnOn?: string }, state: DirectiveState, ctx: CommandContext): DirectiveEvent[] {
  if (state.status !== 'active') return [];
  if (compareExtractorVersions(data.extractorVersion, state.extractorVersion!) <= 0) return [];
  if (state.withdrawnBy !== null && compareExtractorVersions(data.extractorVersion, state.withdrawnBy) <= 0) return [];
  if (allCompleted(state)) return [];
  const cancelledOn = dayOf(data.withdrawnOn, vietnamDate(ctx.now), 'withdrawnOn');
  const reason = `Bộ trích xuất ${data.extractorVersion} không còn đọc thấy nhiệm vụ này trong kế hoạch`;
  return [{ type: 'DirectiveCancelled', data: { directiveId: data.directiveId, reason, cancelledOn, withdrawnBy: data.extractorVersion } }];
}

function correct(data: { directiveId: string; after: Partial<DirectiveContent>; reason?: string | null }, state: DirectiveState, ctx: CommandContext): DirectiveEvent[] {
  const after = data.after;
  const fields = Object.keys(after) as (keyof DirectiveContent)[];
  const unknownField = fields.find((f) => !(CORRECTABLE_FIELDS as readonly string[]).includes(f) && f !== 'unitIds');
  if (unknownField) throw invalid(`${unknownField} cannot be corrected`);
  if (('units' in after) !== ('unitIds' in after)) throw invalid('units and unitIds are corrected together');
  if (after.text !== undefined) requireText(after.text, 'text');
  if (after.deadline) {
    const due = after.deadline.due;
    if (due !== null && lastPossibleDay(due) === null) throw invalid('deadline.due must be an ISO date');
  }
  const content = state.content!;
  const before: Partial<DirectiveContent> = {};
  const changed: Partial<DirectiveContent> = {};
  for (const field of fields) {
    if (sameJson(content[field], after[field])) continue;
    Object.assign(before, { [field]: content[field] });
    Object.assign(changed, { [field]: after[field] });
  }
  if (Object.keys(changed).length === 0) return [];
  // Units are one correction: names and their canonical ids are pinned together.
  if ('units' in changed || 'unitIds' in changed) {
    Object.assign(before, { units: content.units, unitIds: content.unitIds });
    Object.assign(changed, { units: after.units, unitIds: after.unitIds });
  }
  return [
    {
      type: 'DirectiveCorrected',
      data: { directiveId: state.directiveId!, before, after: changed, reason: data.reason ?? null, correctedBy: ctx.actor.user },
    },
  ];
}

const correctableFieldOf = (field: keyof DirectiveContent): CorrectableField => (field === 'unitIds' ? 'units' : field);

function withOccurrence(state: DirectiveState, key: string, change: (o: OccurrenceState) => OccurrenceState): DirectiveState {
  const current = state.occurrences[key] ?? { completedOn: null, reopenedOn: null, percent: 0, extensions: [] };
  return { ...state, occurrences: { ...state.occurrences, [key]: change(current) } };
}

function occurrenceKey(state: DirectiveState, given: string | undefined): string {
  const occurrences = occurrencesOfState(state);
  if (given === undefined) {
    if (occurrences.length === 1) return occurrences[0].key;
    throw invalid(`recurring directive: give the occurrence (${occurrences.map((o) => o.key).join(', ')})`, {
      occurrences: occurrences.map((o) => o.key),
    });
  }
  if (!occurrences.some((o) => o.key === given)) {
    throw invalid(`unknown occurrence ${given}; expected one of ${occurrences.map((o) => o.key).join(', ')}`);
  }
  return given;
}

/** An occurrence that still accepts work: not completed (completion is final until a reopen). */
function openOccurrence(state: DirectiveState, given: string | undefined): string {
  const key = occurrenceKey(state, given);
  if (state.occurrences[key]?.completedOn) {
    throw rejected(`${key === SINGLE_OCCURRENCE ? 'directive' : `occurrence ${key}`} is completed; only a reopen is possible`);
  }
  return key;
}

const allCompleted = (state: DirectiveState): boolean => occurrencesOfState(state).every((o) => state.occurrences[o.key]?.completedOn);

function refuseWhenAllCompleted(state: DirectiveState): void {
  if (allCompleted(state)) {
    throw rejected(`directive ${state.directiveId} is completed; only a reopen is possible`);
  }
}

function dayOf(given: string | undefined, today: string, field: string): string {
  const day = given ?? today;
  if (!isIsoDate(day)) throw invalid(`${field} must be an ISO date (YYYY-MM-DD)`);
  if (day > today) throw rejected(`${field} ${day} is in the future`);
  return day;
}

function requireText(value: unknown, field: string): void {
  if (typeof value !== 'string' || value.trim() === '') throw invalid(`${field} is required`);
}

const invalid = (message: string, details?: Record<string, unknown>) => new PlanLedgerError('COMMAND.INVALID', message, details);
const rejected = (message: string) => new PlanLedgerError('COMMAND.REJECTED', message);

/** The three together, for handlers and specifications; the index exports this rather than bare `decide`. */
export const directiveDecider = { decide, evolve, initialState };
