/** Recurrence words ("hằng tháng", "định kỳ 6 tháng", "thường xuyên") on folded text. */
import type { Recurrence } from '../plan-extraction';
import { writtenAsQuarter } from './time-phrases';

/** Finest first: when several apply, the first that matches wins. */
const RECURRENCE_PATTERNS: ReadonlyArray<[Recurrence, RegExp]> = [
  ['monthly', /\b(?:hang|moi|tung) thang\b|(?<!\b(?:\d+|hai|ba|sau) )\bthang (?:mot|1) lan\b|\bdinh ky (?:hang |moi )?thang\b|\blan\s*\/\s*thang\b/],
  ['quarterly', /\b(?:hang|moi|tung) quy\b|\b(?:3|03|ba) thang (?:mot|1) lan\b|\bdinh ky (?:3|03|ba) thang\b|\bquy (?:mot|1) lan\b|\bdinh ky (?:hang |moi |tung )?quy\b|\btheo quy\b(?!\s*(?:i|ii|iii|iv|\d)\b)|\blan\s*\/\s*quy\b/],
  [
    'semiannual',
    /\bdinh ky (?:6|06|sau) thang\b|\b(?:6|06|sau) thang (?:mot|1) lan\b|\b(?:hang|moi) (?:6|06|sau) thang\b|\b(?:6|06|sau) thang\s*\/\s*lan\b/,
  ],
  ['annual', /\b(?:hang|moi|tung) nam\b|\bthuong nien\b|\bnam (?:mot|1) lan\b|\bdinh ky (?:hang |moi )?nam\b|\blan\s*\/\s*nam\b/],
  ['continuous', /\b(?:thuong xuyen|lien tuc|hang ngay|hang tuan|moi ngay)\b/],
  ['periodic', /\bdinh ky\b/],
];

/**
 * "thi đua thường xuyên" is a kind of emulation movement (Luật Thi đua, khen thưởng) and "tính thường xuyên, liên
 * tục" a quality asked for: neither says how often the work recurs.
 */
const NOT_RECURRENCE = /\b(?:thi dua|phong trao(?: thi dua)?|tinh|mang tinh) (?:thuong xuyen|lien tuc)(?:,? (?:va )?(?:thuong xuyen|lien tuc))?\b/g;

/** `folded` is `original` folded letter by letter (same offsets), so "quy định" can be told from "quý". */
export function recurrenceOf(folded: string, original: string): Recurrence | null {
  const text = folded
    .replace(/\bquy\b/g, (word, at: number) => (writtenAsQuarter(original, at) ? word : 'qui'))
    .replace(NOT_RECURRENCE, ' ');
  for (const [recurrence, pattern] of RECURRENCE_PATTERNS) {
    if (pattern.test(text)) return recurrence;
  }
  return null;
}
