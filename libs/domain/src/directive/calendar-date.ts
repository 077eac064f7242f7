/**
 * Dates as Vietnamese offices count them: ISO calendar days in Asia/Ho_Chi_Minh (UTC+7, no daylight saving),
 * and partial dates ("2021-12", "2026") read by their last possible day.
 */
import { addDays, daysInMonth, isoDate, parseIsoDate, toIso } from '@plan-ledger/extraction';

const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const PARTIAL = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

export const isIsoDate = (value: unknown): value is string => typeof value === 'string' && parseIsoDate(value) !== null;

/** "2021-12" -> "2021-12-31", "2026" -> "2026-12-31", a full date unchanged; null for anything else. */
export function lastPossibleDay(partial: string | null | undefined): string | null {
  const m = partial ? PARTIAL.exec(partial) : null;
  if (!m) return null;
  const year = Number(m[1]);
  if (m[3]) return isIsoDate(partial) ? partial! : null;
  const month = m[2] ? Number(m[2]) : 12;
  if (month < 1 || month > 12) return null;
  return isoDate(year, month, daysInMonth(year, month));
}

/** The calendar day in Vietnam at an ISO instant. */
export function vietnamDate(instant: string): string {
  return toIso(new Date(Date.parse(instant) + VIETNAM_OFFSET_MS));
}

/** The first instant after the Vietnamese day `date` ends, as an ISO instant (an exclusive bound). */
export function endOfVietnamDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000 - VIETNAM_OFFSET_MS).toISOString();
}

export function addDaysIso(date: string, days: number): string {
  return toIso(addDays(parseIsoDate(date)!, days));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
