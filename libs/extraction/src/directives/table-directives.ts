import type { Deadline } from '../plan-extraction';
import { findDeadline, type DeadlineContext } from '../deadlines';
import type { TaskRow } from '../tables/task-table';
import { unitsOfRow } from './assigned-units';
import type { DirectiveDraft } from './directive-draft';

/**
 * One directive per task row (spec 4, rule 1). The deadline is the time column's; without one, the period of
 * the group row above ("QUÝ II"); a period the task text names ("báo cáo 6 tháng đầu năm") is what the work
 * covers, so the text is read for a deadline only when the table has neither.
 */
export function tableDirectives(rows: TaskRow[], tableNumber: number, section: string, ctx: DeadlineContext): DirectiveDraft[] {
  return rows.map((row) => {
    const content = row.cells.content!;
    const time = row.cells.time;
    const fromTime = time?.text ? findDeadline(time.text, ctx) : null;
    const fromText = findDeadline(content.text, ctx);
    // A row's own time cell that says the work recurs ("Thường xuyên", "Hằng quý") outranks the group's period.
    const recursWithoutDate = !fromTime?.deadline && !!fromTime?.recurrence;
    const deadline = fromTime?.deadline
      ? shifted(fromTime.deadline, time!.start)
      : row.period && !recursWithoutDate
        ? withoutSpan(row.period)
        : time
          ? null
          : withoutSpan(fromText.deadline);
    const recurrence = time ? (fromTime?.recurrence ?? null) : fromText.recurrence;
    return {
      text: content.text,
      section: [section, row.group].filter(Boolean).join(' > ') || null,
      units: unitsOfRow({
        lead: row.cells.lead?.text,
        leadAndSupport: row.cells.leadAndSupport?.text,
        support: row.cells.support?.text,
        direct: row.cells.direct?.text,
      }),
      deadline,
      recurrence,
      span: { start: row.start, end: row.end },
      place: `table${tableNumber}/row${row.ordinal}`,
    };
  });
}

function withoutSpan(deadline: Deadline | null): Deadline | null {
  if (!deadline) return null;
  const { span: _span, ...rest } = deadline;
  return rest;
}

/** Offsets found in a cell's text, moved to the document text (the cell's cleaned text starts where the cell does). */
function shifted(deadline: Deadline, offset: number): Deadline {
  return deadline.span ? { ...deadline, span: { start: deadline.span.start + offset, end: deadline.span.end + offset } } : deadline;
}
