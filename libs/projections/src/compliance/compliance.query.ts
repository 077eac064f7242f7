import type { Database } from 'better-sqlite3';
import { TRACKED_STATUSES, addDaysIso, daysBetween, endOfVietnamDay, isIsoDate, type TrackedStatus } from '@plan-ledger/domain';
import { unitResolver, type ResolvedUnit } from '../units/units.query';
import { directivesAsOf, type DirectiveAsOfRow, type DirectiveFilter } from './directives-as-of.query';

export interface AsOfQuery extends DirectiveFilter {
  /** ISO date T: a parameter, never the clock. */
  asOf: string;
  /**
   * Recording cut-off: an ISO instant (exclusive), or a date D for "recorded by the end of D in Vietnam". Without it
   * every fact recorded so far counts; with D = T the figures are those a report printed on T showed.
   */
  knownBefore?: string;
}

export interface UnitRef {
  /** Canonical unit id; null for work the plan gave to no unit. */
  unitId: string | null;
  name: string | null;
}

export interface ComplianceItem {
  directiveId: string;
  occurrence: string;
  documentId: string;
  planNumber: string | null;
  text: string;
  due: string | null;
  dueInForce: string | null;
  completedOn: string | null;
  status: TrackedStatus;
}

export type StatusCounts = Record<TrackedStatus, number>;

export interface ComplianceRow extends UnitRef {
  issuer: string | null;
  year: number | null;
  counts: StatusCounts;
  directives: Record<TrackedStatus, ComplianceItem[]>;
}

export interface ComplianceReport {
  asOf: string;
  knownBefore: string | null;
  rows: ComplianceRow[];
  /** Each occurrence once, however many lead units share it. */
  totals: StatusCounts;
}

/** The recording cut-off in the instant format events carry (recordedAt), so the two compare as strings. */
function knownBeforeOf(query: AsOfQuery): string | null {
  if (query.knownBefore === undefined) return null;
  return isIsoDate(query.knownBefore) ? endOfVietnamDay(query.knownBefore) : new Date(query.knownBefore).toISOString();
}

const emptyCounts = (): StatusCounts => Object.fromEntries(TRACKED_STATUSES.map((s) => [s, 0])) as StatusCounts;
const emptyLists = (): Record<TrackedStatus, ComplianceItem[]> =>
  Object.fromEntries(TRACKED_STATUSES.map((s) => [s, []])) as unknown as Record<TrackedStatus, ComplianceItem[]>;

/** The lead units in force, as canonical units of the directory (ids it has not seen yet stand for themselves). */
export function leadUnitsOf(row: DirectiveAsOfRow, resolve: (unitId: string) => ResolvedUnit | null): UnitRef[] {
  const content = row.asOf.state.content!;
  const units = new Map<string, UnitRef>();
  content.unitIds.lead.forEach((id, i) => {
    const resolved = resolve(id);
    const ref = resolved ? { unitId: resolved.unitId, name: resolved.name } : { unitId: id, name: content.units.lead[i] ?? id };
    if (!units.has(ref.unitId)) units.set(ref.unitId, ref);
  });
  return units.size ? [...units.values()] : [{ unitId: null, name: null }];
}

export function itemsOf(row: DirectiveAsOfRow): ComplianceItem[] {
  const text = row.asOf.state.content!.text;
  return row.asOf.occurrences.map((o) => ({
    directiveId: row.directiveId,
    occurrence: o.key,
    documentId: row.documentId,
    planNumber: row.planNumber,
    text,
    due: o.due,
    dueInForce: o.dueInForce,
    completedOn: o.completedOn,
    status: o.status,
  }));
}

/**
 * Per lead unit, issuer and year: done on time, done late, open within deadline, overdue, with no deadline and
 * cancelled counted beside them, and the directives behind every number.
 */
export function complianceReport(db: Database, query: AsOfQuery): ComplianceReport {
  const knownBefore = knownBeforeOf(query);
  const asOf = { date: query.asOf, knownBefore: knownBefore ?? undefined };
  const resolve = unitResolver(db);
  const wanted = query.unit === undefined ? null : (resolve(query.unit)?.unitId ?? query.unit);
  const rows = new Map<string, ComplianceRow>();
  const totals = emptyCounts();
  for (const directive of directivesAsOf(db, query, asOf)) {
    const items = itemsOf(directive);
    for (const item of items) totals[item.status]++;
    for (const unit of leadUnitsOf(directive, resolve)) {
      if (wanted !== null && unit.unitId !== wanted) continue;
      const key = JSON.stringify([unit.unitId, directive.issuer, directive.year]);
      let row = rows.get(key);
      if (!row) {
        row = { ...unit, issuer: directive.issuer, year: directive.year, counts: emptyCounts(), directives: emptyLists() };
        rows.set(key, row);
      }
      for (const item of items) {
        row.counts[item.status]++;
        row.directives[item.status].push(item);
      }
    }
  }
  const sorted = [...rows.values()].sort(
    (a, b) =>
      (a.issuer ?? '').localeCompare(b.issuer ?? '', 'vi') ||
      (a.year ?? 0) - (b.year ?? 0) ||
      (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff', 'vi'),
  );
  return { asOf: query.asOf, knownBefore, rows: sorted, totals };
}

export interface DeadlineItem extends ComplianceItem {
  issuer: string | null;
  year: number | null;
  units: UnitRef[];
  /** Days from T to the due in force; negative when overdue. */
  daysLeft: number;
}

export interface DeadlineList {
  asOf: string;
  knownBefore: string | null;
  within: number;
  /** Open work due within the window (T, T + within], soonest first. */
  upcoming: DeadlineItem[];
  /** Work past its due in force and not done, most overdue first. */
  overdue: DeadlineItem[];
}

export function deadlineList(db: Database, query: AsOfQuery & { within: number }): DeadlineList {
  const knownBefore = knownBeforeOf(query);
  const resolve = unitResolver(db);
  const wanted = query.unit === undefined ? null : (resolve(query.unit)?.unitId ?? query.unit);
  const until = addDaysIso(query.asOf, query.within);
  const upcoming: DeadlineItem[] = [];
  const overdue: DeadlineItem[] = [];
  for (const directive of directivesAsOf(db, query, { date: query.asOf, knownBefore: knownBefore ?? undefined })) {
    const units = leadUnitsOf(directive, resolve);
    if (wanted !== null && !units.some((u) => u.unitId === wanted)) continue;
    for (const item of itemsOf(directive)) {
      if (item.dueInForce === null) continue;
      const entry = { ...item, issuer: directive.issuer, year: directive.year, units, daysLeft: daysBetween(query.asOf, item.dueInForce) };
      if (item.status === 'overdue') overdue.push(entry);
      else if (item.status === 'open' && item.dueInForce <= until) upcoming.push(entry);
    }
  }
  const byDue = (a: DeadlineItem, b: DeadlineItem) => a.dueInForce!.localeCompare(b.dueInForce!) || a.directiveId.localeCompare(b.directiveId) || a.occurrence.localeCompare(b.occurrence);
  return { asOf: query.asOf, knownBefore, within: query.within, upcoming: upcoming.sort(byDue), overdue: overdue.sort(byDue) };
}
