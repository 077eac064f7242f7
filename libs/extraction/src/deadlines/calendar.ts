/** Calendar arithmetic on ISO dates (UTC, no time zone involved). */

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface Period {
  start: string;
  due: string;
}

export function monthPeriod(year: number, month: number): Period {
  return { start: isoDate(year, month, 1), due: isoDate(year, month, daysInMonth(year, month)) };
}

export function monthsPeriod(year: number, firstMonth: number, lastMonth: number): Period {
  return { start: isoDate(year, firstMonth, 1), due: isoDate(year, lastMonth, daysInMonth(year, lastMonth)) };
}

export function quarterPeriod(year: number, quarter: number): Period {
  return monthsPeriod(year, quarter * 3 - 2, quarter * 3);
}

export function yearPeriod(year: number): Period {
  return monthsPeriod(year, 1, 12);
}

const FULL_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a full ISO date; partial dates ("2021-12", "2026") give null. */
export function parseIsoDate(iso: string | null): Date | null {
  const m = iso ? FULL_ISO.exec(iso) : null;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? new Date(Date.UTC(year, month - 1, day)) : null;
}

export function toIso(date: Date): string {
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** Counts N working days after `date`, skipping Saturdays and Sundays (public holidays are not known here). */
export function addWorkingDays(date: Date, days: number): Date {
  let current = date;
  let left = days;
  while (left > 0) {
    current = addDays(current, 1);
    const weekday = current.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return current;
}
