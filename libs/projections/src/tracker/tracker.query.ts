import type { Database } from 'better-sqlite3';
import { addDaysIso, daysBetween } from '@plan-ledger/domain';
import type { DirectiveStatus } from '../search/search-index.port';
import { unitMatchValues } from '../units/units.query';
import type { TrackerRow } from './tracker.projection';

export interface TrackerQuery {
  /** ISO date the statuses are computed for; a parameter, never the clock, so past dates can be asked. */
  asOf: string;
  /** The due-soon window: only directives still open as of asOf and due on or before asOf + within days (overdue ones included). */
  within?: number;
  /** A unit name as written or a unit id (which also finds the units merged with it). */
  unit?: string;
}

export interface TrackerItem {
  directiveId: string;
  documentId: string;
  text: string;
  deadlineKind: string | null;
  due: string | null;
  /** As of `asOf`: done when completed on or before that day. */
  status: DirectiveStatus;
  completedOn: string | null;
  /** Days from asOf to due (negative when past); null without a due date. */
  daysLeft: number | null;
  overdue: boolean;
  plan: { number: string | null; title: string | null; issuer: string | null; year: number | null };
}

type Joined = TrackerRow & { status: DirectiveStatus | null; completed_on: string | null };

/** Directives by due date (undated last), with status and days left as of `asOf`. */
export function tracker(db: Database, query: TrackerQuery): TrackerItem[] {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (query.within !== undefined) {
    where.push('t.due IS NOT NULL AND t.due <= @dueBy');
    params.dueBy = addDaysIso(query.asOf, query.within);
  }
  if (query.unit !== undefined) {
    where.push('EXISTS (SELECT 1 FROM tracker_units u WHERE u.directive_id = t.directive_id AND u.unit IN (SELECT value FROM json_each(@units)))');
    params.units = JSON.stringify(unitMatchValues(db, query.unit));
  }
  const rows = db
    .prepare(
      `SELECT t.*, s.status, s.completed_on FROM tracker t LEFT JOIN tracker_status s ON s.directive_id = t.directive_id
       ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
       ORDER BY t.due IS NULL, t.due, t.document_id, t.ordinal`,
    )
    .all(params) as Joined[];
  const items = rows.map((r): TrackerItem => {
    const done = r.status === 'done' && (r.completed_on === null || r.completed_on <= query.asOf);
    const daysLeft = r.due ? daysBetween(query.asOf, r.due) : null;
    return {
      directiveId: r.directive_id,
      documentId: r.document_id,
      text: r.text,
      deadlineKind: r.deadline_kind,
      due: r.due,
      status: done ? 'done' : 'open',
      completedOn: done ? r.completed_on : null,
      daysLeft,
      overdue: !done && daysLeft !== null && daysLeft < 0,
      plan: { number: r.plan_number, title: r.plan_title, issuer: r.plan_issuer, year: r.plan_year },
    };
  });
  return query.within === undefined ? items : items.filter((item) => item.status === 'open');
}
