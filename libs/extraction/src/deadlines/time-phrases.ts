/**
 * Finds the time phrases of a folded, masked sentence: dates, months, quarters, halves, years and relative
 * durations, each with the span where it was written and a way to resolve it once its year is known.
 */
import { isValidDate, isoDate, monthPeriod, monthsPeriod, Period, quarterPeriod, yearPeriod } from './calendar';

export type PhraseKind = 'date' | 'month' | 'quarter' | 'half' | 'year' | 'relative' | 'range';

export interface TimePhrase {
  kind: PhraseKind;
  start: number;
  end: number;
  /** The year as written, null when the phrase gives none. */
  writtenYear: number | null;
  /** Stands as a time expression even without a cue word before it ("cuối năm", "tháng 12 hằng năm"). */
  selfEvident: boolean;
  /** Only a time expression when the whole sentence is a period ("Trong năm"). */
  onlyAlone: boolean;
  /** A whole year: after a loose cue ("… các chỉ tiêu trong năm 2024") it is the scope of the work, not its deadline. */
  wholeYear?: boolean;
  /** Days and working-day flag for relative phrases. */
  relative?: { days: number; workingDays: boolean };
  /** The period for a given year; null when the numbers are not a calendar date. */
  resolve(year: number): Period | null;
  /** A day with no month ("ngày 20 hằng tháng"): resolved against the issue month. */
  monthlyDay?: number;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const YEAR_SUFFIX = String.raw`(?:(?:\s*[\/-]\s*|\s+nam\s+)(\d{4}))?`;
const ANNUAL_SUFFIX = String.raw`(\s+(?:hang|moi) nam\b)?`;

const RELATIVE =
  /\b(?:trong(?:\s+(?:vong|thoi han|thoi gian|khoang))?|sau|khong qua|chua qua|cham nhat(?:\s+(?:la|sau))?)\s+(\d{1,3})\s+ngay(\s+lam viec)?\s*,?\s*(?:ke tu|tinh tu|tu|sau)\s+(?:khi\s+|ngay\s+)*(?:ban hanh|ky|nhan duoc|co hieu luc|phe duyet|ke hoach)/g;
const DATE_WORDS = new RegExp(String.raw`\bngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?${ANNUAL_SUFFIX}`, 'g');
const DATE_FULL = new RegExp(String.raw`(?<![\d\/.-])(\d{1,2})\s*([\/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)${ANNUAL_SUFFIX}`, 'g');
const DAY_MONTHLY = /\bngay\s+(\d{1,2})\s+(?:hang|moi)\s+thang\b/g;
/** "trước ngày 25" with no month: a day of every month when the work is monthly ("Hằng tháng, trước ngày 25"). */
const BARE_DAY = /\bngay\s+(\d{1,2})\b(?!\s*(?:[\/.-]\s*\d|thang\b|cua\b))/g;
const DATE_DAY_MONTH = new RegExp(String.raw`(?<![\d\/.-])(\d{1,2})\s*\/\s*(\d{1,2})(?![\d\/])${ANNUAL_SUFFIX}`, 'g');
const HALF = /\b(?:(?:6|06|sau)\s+thang|nua)\s+(dau|cuoi)\s+nam(?!\s+hoc)(?:(?:\s*[\/-]\s*|\s+)(\d{4}))?/g;
const QUARTER = new RegExp(String.raw`\bquy\s+(iv|iii|ii|i|[1-4])\b${YEAR_SUFFIX}${ANNUAL_SUFFIX}`, 'g');
/** "tháng 3 - 4/2024", "tháng 8, 9 năm 2024", "tháng 6 và tháng 12": from the first month to the last. */
const MONTH_LIST = new RegExp(
  String.raw`(?<!\d\s{0,3})\bthang\s+(\d{1,2})((?:\s*(?:[-–—,]|va|den)\s*(?:thang\s+)?\d{1,2}\b(?!\s*\/\s*\d{1,2}\s*\/))+)${YEAR_SUFFIX}`,
  'g',
);
/** "Quý I, II/2024", "quý I và quý II năm 2024". */
const QUARTER_LIST = new RegExp(
  String.raw`\bquy\s+(iv|iii|ii|i|[1-4])((?:\s*(?:[-–—,]|va|den)\s*(?:quy\s+)?(?:iv|iii|ii|i|[1-4])\b)+)${YEAR_SUFFIX}`,
  'g',
);
/** "ngày 20-21/3/2024", "20 - 25/3": a span of days in one month. */
const DAY_RANGE = /(?<![\d\/.-])(\d{1,2})\s*[-–—]\s*(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?(?![\d\/])/g;
const MONTH = new RegExp(String.raw`(?<!\d\s{0,3})\bthang\s+(\d{1,2})\b${YEAR_SUFFIX}${ANNUAL_SUFFIX}`, 'g');
const YEAR_PART = /\b(dau|cuoi|giua)\s+nam\b(?!\s+hoc)(?:\s*\/?\s*(\d{4}))?/g;
const YEAR = /\bnam\s+(\d{4})\b/g;
/** "2021 - 2022", "Năm 2024", "2025" standing alone in a time cell: a span of years, or one year. */
const YEAR_SPAN = /\b(?:nam\s+)?(\d{4})\s*[-–—]\s*(\d{4})\b/g;
const BARE_YEAR = /(?<![\d\/.-])\b(\d{4})\b(?![\/.-]?\d)/g;
const THIS_YEAR = /\b(?:trong|het|ca) nam(?: nay)?\b(?!\s*(?:\d|hoc|qua|toi|truoc))/g;

function num(s: string | undefined): number | null {
  return s === undefined ? null : Number(s);
}

function datePeriod(month: number, day: number): (year: number) => Period | null {
  return (year) => (isValidDate(year, month, day) ? { start: isoDate(year, month, day), due: isoDate(year, month, day) } : null);
}

/** Quarter words are only quarters when written "quý" (folded "quy" is also "quy định", "quy chế"). */
export function writtenAsQuarter(original: string, at: number): boolean {
  return original.slice(at, at + 3).toLowerCase() !== 'quy';
}

export function findTimePhrases(masked: string, original: string, monthly = false): TimePhrase[] {
  const found: TimePhrase[] = [];
  const taken: Array<[number, number]> = [];
  const add = (phrase: TimePhrase): void => {
    if (taken.some(([s, e]) => phrase.start < e && s < phrase.end)) return;
    taken.push([phrase.start, phrase.end]);
    found.push(phrase);
  };
  const base = (m: RegExpMatchArray) => ({ start: m.index!, end: m.index! + m[0].length, selfEvident: false, onlyAlone: false });

  for (const m of masked.matchAll(RELATIVE)) {
    const days = Number(m[1]);
    add({ ...base(m), kind: 'relative', writtenYear: null, relative: { days, workingDays: !!m[2] }, resolve: () => null, selfEvident: true });
  }
  for (const m of masked.matchAll(DAY_RANGE)) {
    const [first, last, month] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (first >= last) continue;
    const resolve = (y: number): Period | null =>
      isValidDate(y, month, first) && isValidDate(y, month, last) ? { start: isoDate(y, month, first), due: isoDate(y, month, last) } : null;
    add({ ...base(m), kind: 'range', writtenYear: num(m[4]), resolve, selfEvident: true });
  }
  for (const m of masked.matchAll(DATE_WORDS)) {
    add({ ...base(m), kind: 'date', writtenYear: num(m[3]), resolve: datePeriod(Number(m[2]), Number(m[1])), selfEvident: true });
  }
  for (const m of masked.matchAll(DATE_FULL)) {
    add({ ...base(m), kind: 'date', writtenYear: Number(m[4]), resolve: datePeriod(Number(m[3]), Number(m[1])), selfEvident: true });
  }
  for (const m of masked.matchAll(DAY_MONTHLY)) {
    const day = Number(m[1]);
    add({ ...base(m), kind: 'date', writtenYear: null, monthlyDay: day, resolve: datePeriod(1, day), selfEvident: true });
  }
  if (monthly) {
    for (const m of masked.matchAll(BARE_DAY)) {
      const day = Number(m[1]);
      add({ ...base(m), kind: 'date', writtenYear: null, monthlyDay: day, resolve: datePeriod(1, day), selfEvident: true });
    }
  }
  for (const m of masked.matchAll(DATE_DAY_MONTH)) {
    add({ ...base(m), kind: 'date', writtenYear: null, resolve: datePeriod(Number(m[2]), Number(m[1])), selfEvident: !!m[3] });
  }
  for (const m of masked.matchAll(HALF)) {
    const first = m[1] === 'dau';
    add({ ...base(m), kind: 'half', writtenYear: num(m[2]), resolve: (y) => monthsPeriod(y, first ? 1 : 7, first ? 6 : 12) });
  }
  for (const m of masked.matchAll(QUARTER_LIST)) {
    if (!writtenAsQuarter(original, m.index!)) continue;
    const quarters = [m[1], ...m[2].split(/[^ivx1-4]+/).filter((q) => ROMAN[q])].map((q) => ROMAN[q]);
    const [first, last] = [quarters[0], quarters[quarters.length - 1]];
    if (first >= last) continue;
    add({ ...base(m), kind: 'range', writtenYear: num(m[3]), resolve: (y) => monthsPeriod(y, first * 3 - 2, last * 3) });
  }
  for (const m of masked.matchAll(QUARTER)) {
    if (!writtenAsQuarter(original, m.index!)) continue;
    const quarter = ROMAN[m[1]];
    add({ ...base(m), kind: 'quarter', writtenYear: num(m[2]), resolve: (y) => quarterPeriod(y, quarter), selfEvident: !!m[3] });
  }
  for (const m of masked.matchAll(MONTH_LIST)) {
    const months = [Number(m[1]), ...(m[2].match(/\d{1,2}/g) ?? []).map(Number)];
    const [first, last] = [months[0], months[months.length - 1]];
    if (first < 1 || last > 12 || first >= last) continue;
    add({ ...base(m), kind: 'range', writtenYear: num(m[3]), resolve: (y) => monthsPeriod(y, first, last) });
  }
  for (const m of masked.matchAll(MONTH)) {
    const month = Number(m[1]);
    if (month < 1 || month > 12) continue;
    add({ ...base(m), kind: 'month', writtenYear: num(m[2]), resolve: (y) => monthPeriod(y, month), selfEvident: !!m[3] });
  }
  for (const m of masked.matchAll(YEAR_PART)) {
    const part = m[1];
    const resolve = (y: number): Period =>
      part === 'dau' ? quarterPeriod(y, 1) : part === 'giua' ? monthsPeriod(y, 1, 6) : yearPeriod(y);
    const kind: PhraseKind = part === 'dau' ? 'quarter' : part === 'giua' ? 'half' : 'year';
    add({ ...base(m), kind, writtenYear: num(m[2]), resolve });
  }
  for (const m of masked.matchAll(YEAR_SPAN)) {
    const [first, last] = [Number(m[1]), Number(m[2])];
    if (first >= last) continue;
    const resolve = (): Period => ({ start: yearPeriod(first).start, due: yearPeriod(last).due });
    add({ ...base(m), kind: 'range', writtenYear: last, resolve, onlyAlone: true });
  }
  for (const m of masked.matchAll(YEAR)) {
    add({ ...base(m), kind: 'year', writtenYear: Number(m[1]), resolve: yearPeriod, wholeYear: true });
  }
  for (const m of masked.matchAll(BARE_YEAR)) {
    add({ ...base(m), kind: 'year', writtenYear: Number(m[1]), resolve: yearPeriod, onlyAlone: true });
  }
  for (const m of masked.matchAll(THIS_YEAR)) {
    add({ ...base(m), kind: 'year', writtenYear: null, resolve: yearPeriod, onlyAlone: true });
  }
  return found.sort((a, b) => a.start - b.start);
}
