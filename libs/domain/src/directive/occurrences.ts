/**
 * A directive's occurrences: one for ordinary work, one per period of the plan year for recurring work
 * ("hằng tháng", "hằng quý", "định kỳ 6 tháng", "hằng năm"), each tracked on its own.
 */
import type { Deadline, Recurrence } from '@plan-ledger/extraction';
import { daysInMonth, isoDate } from '@plan-ledger/extraction';
import { lastPossibleDay } from './calendar-date';

export interface Occurrence {
  /** "once", or the period: "2022-03", "2022-Q2", "2022-H1", "2022". */
  key: string;
  /** Last day the work is due; null when the plan gives no deadline. */
  due: string | null;
}

export const SINGLE_OCCURRENCE = 'once';

export function occurrencesOf(deadline: Deadline | null, recurrence: Recurrence | null, planYear: number | null): Occurrence[] {
  const due = lastPossibleDay(deadline?.due);
  if (planYear === null || recurrence === null) return [{ key: SINGLE_OCCURRENCE, due }];
  const y = planYear;
  switch (recurrence) {
    case 'monthly': {
      // "trước ngày 20 hằng tháng": a stated day repeats in every month; otherwise each month's last day.
      const day = deadline?.kind === 'date' && due ? Number(due.slice(8, 10)) : null;
      return range(12).map((m) => ({
        key: `${y}-${String(m).padStart(2, '0')}`,
        due: isoDate(y, m, Math.min(day ?? 31, daysInMonth(y, m))),
      }));
    }
    case 'quarterly':
      return range(4).map((q) => ({ key: `${y}-Q${q}`, due: isoDate(y, q * 3, daysInMonth(y, q * 3)) }));
    case 'semiannual':
      return [
        { key: `${y}-H1`, due: isoDate(y, 6, 30) },
        { key: `${y}-H2`, due: isoDate(y, 12, 31) },
      ];
    case 'annual':
      return [{ key: String(y), due: due ?? isoDate(y, 12, 31) }];
    case 'continuous':
    case 'periodic':
      // Ongoing work or an unstated period: there is nothing to split it into.
      return [{ key: SINGLE_OCCURRENCE, due }];
    default: {
      const unknown: never = recurrence;
      throw new Error(`unknown recurrence ${String(unknown)}`);
    }
  }
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);
