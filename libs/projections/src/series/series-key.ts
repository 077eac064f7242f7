import { foldVietnamese } from '@plan-ledger/extraction';

/** Folded words of a task with its years masked: "… năm 2022" and "… năm 2023" read the same. */
export function taskWords(text: string): string[] {
  const masked = foldVietnamese(text).replace(/\b(?:19|20)\d{2}\b/g, '#');
  return [...new Set(masked.split(' ').filter(Boolean))];
}

/** Words that name which period a task covers: "6 tháng đầu năm" and "6 tháng cuối năm" are two tasks. */
const PERIOD_MARKER = /^(?:dau|cuoi|giua|i|ii|iii|iv|\d+)$/;

/** Share of the longer task's words that two tasks must have in common. */
export const MIN_LONGER_SHARE = 0.6;

/**
 * Two plans' tasks are the same recurring task when they share at least 80% of the shorter one's words and 60%
 * of the longer one's (MIN_LONGER_SHARE), years aside (the same measure the extraction scorer pairs directives
 * with, stricter), and no word naming a period (đầu, cuối, quý II, a number) sets them apart. Returns the share of
 * words in common, 0 for different tasks. `a` is a set because one task is compared with many: the shares are
 * counted first, without building anything, and most pairs stop there.
 */
export function sameTask(a: ReadonlySet<string>, b: readonly string[]): number {
  if (a.size === 0 || b.length === 0) return 0;
  const [shorter, longer] = a.size <= b.length ? [a.size, b.length] : [b.length, a.size];
  const needed = Math.max(0.8 * shorter, MIN_LONGER_SHARE * longer);
  let shared = 0;
  for (let i = 0; i < b.length; i++) {
    if (a.has(b[i])) shared++;
    else if (shared + b.length - i - 1 < needed) return 0;
  }
  if (shared < needed) return 0;
  if (b.some((w) => !a.has(w) && PERIOD_MARKER.test(w))) return 0;
  const other = new Set(b);
  for (const w of a) if (!other.has(w) && PERIOD_MARKER.test(w)) return 0;
  return shared / longer;
}
