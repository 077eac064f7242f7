import { foldVietnamese } from '@plan-ledger/extraction';

/** Folded words of a task with its years masked: "… năm 2022" and "… năm 2023" read the same. */
export function taskWords(text: string): string[] {
  const masked = foldVietnamese(text).replace(/\b(?:19|20)\d{2}\b/g, '#');
  return [...new Set(masked.split(' ').filter(Boolean))];
}

/** Words that name which period a task covers: "6 tháng đầu năm" and "6 tháng cuối năm" are two tasks. */
const PERIOD_MARKER = /^(?:dau|cuoi|giua|i|ii|iii|iv|\d+)$/;

/**
 * Two plans' tasks are the same recurring task when they share at least 80% of the shorter one's words and 60%
 * of the longer one's, years aside (the same measure the extraction scorer pairs directives with, stricter), and
 * no word naming a period (đầu, cuối, quý II, a number) sets them apart. Returns the share of words in common, 0
 * for different tasks.
 */
/** Share of the longer task's words that two tasks must have in common (the 60% above). */
export const MIN_LONGER_SHARE = 0.6;

export function sameTask(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const other = new Set(b);
  const mine = new Set(a);
  if ([...a.filter((w) => !other.has(w)), ...b.filter((w) => !mine.has(w))].some((w) => PERIOD_MARKER.test(w))) return 0;
  const shared = a.filter((w) => other.has(w)).length;
  const [shorter, longer] = a.length <= b.length ? [a.length, b.length] : [b.length, a.length];
  return shared >= 0.8 * shorter && shared >= MIN_LONGER_SHARE * longer ? shared / longer : 0;
}
