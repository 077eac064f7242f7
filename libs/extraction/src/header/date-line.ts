import { daysInMonth } from '../deadlines/calendar';

/**
 * The place-and-date line of Decree 30: "Xuân Sơn, ngày 04 tháng 01 năm 2022". A blank day or month
 * (left for the signing date) gives a partial ISO date: "2021-12", "2026".
 */
/** The national motto printed above the date line (often in the same cell). */
export const MOTTO = /CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|CỘNG\s+HOÀ\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc/giu;

export interface DateLine {
  place: string | null;
  issuedOn: string;
}

const DATE_LINE =
  /(?:^|(?<=\s))((?:(?:TP|Tp)\.\s*)?(?:\p{Lu}[\p{Ll}\p{M}]*\.?\s+){0,3}\p{Lu}[\p{Ll}\p{M}]*)?\s*,\s*ngày\s*(\d{1,2})?\s*(?:\.{2,}|…)?\s*tháng\s*(\d{1,2})?\s*(?:\.{2,}|…)?\s*năm\s*(\d{4})/u;

/** "Hà Nội, ngày 05/01/2024": the date in figures. */
const DATE_LINE_FIGURES =
  /(?:^|(?<=\s))((?:(?:TP|Tp)\.\s*)?(?:\p{Lu}[\p{Ll}\p{M}]*\.?\s+){0,3}\p{Lu}[\p{Ll}\p{M}]*)\s*,\s*ngày\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/u;

export function dateLineOf(text: string): DateLine | null {
  // The place is a word of its own: "…/CT-TW, ngày 07/4/2014" (a cited document's date) is no date line.
  const line = text.replace(MOTTO, ' ').trim();
  const m = DATE_LINE.exec(line) ?? DATE_LINE_FIGURES.exec(line);
  if (!m) return null;
  const [, place, day, month, year] = m;
  // A date that no calendar has (an OCR slip, "ngày 0 tháng 13") is no date.
  if (month && (Number(month) < 1 || Number(month) > 12)) return null;
  if (day && month && (Number(day) < 1 || Number(day) > daysInMonth(Number(year), Number(month)))) return null;
  if (Number(year) < 1945) return null;
  const pad = (n: string): string => n.padStart(2, '0');
  const issuedOn = month ? (day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`) : year;
  return { place: place?.trim() || null, issuedOn };
}
