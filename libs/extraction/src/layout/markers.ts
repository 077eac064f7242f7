/**
 * The list marks of Decree 30 layout: Roman section numbers (I., II.), Arabic items (1., 1.1, 2.3.1),
 * lettered items (a), b., đ)) and bullets (-, +, •). The marker says the line's level in the outline.
 */
export type MarkerKind = 'roman' | 'number' | 'letter' | 'bullet' | 'none';

export interface Marker {
  kind: MarkerKind;
  /** The label without punctuation: "II", "1.2", "a", "-". */
  label: string;
  /** Outline depth among numbered items: "1." → 1, "1.2" → 2; 0 for other kinds. */
  depth: number;
  /** The line's text after the marker. */
  rest: string;
}

const ROMAN = /^([IVX]{1,5})\s*[.:/)-]\s*(\S.*)$/;
/** OCR reads "III." as "IH." or "Il.": a Roman-like label before a heading in capitals is still a section. */
const ROMAN_OCR = /^([IVXlHh1|]{1,5})\s*[.]\s*(\S.*)$/u;
const NUMBER = /^(\d{1,2}(?:\.\d{1,2}){0,3})(?:\.|\)|\s)\s*(\S.*)$/;
const LETTER = /^([a-zđ])\s*[.)]\s*(\S.*)$/u;
/** "A. MỤC ĐÍCH, YÊU CẦU", "C. TỔ CHỨC THỰC HIỆN": capital letters before headings in capitals number sections as Roman numerals do. */
const LETTER_SECTION = /^([A-H])\s*[.)]\s*(\S.*)$/;
const BULLET = /^([-–—+•*▪●◦·])\s*(\S.*)$/u;

export function markerOf(line: string): Marker {
  const s = line.trim();
  let m = ROMAN.exec(s);
  if (m) return { kind: 'roman', label: m[1], depth: 0, rest: m[2] };
  m = ROMAN_OCR.exec(s);
  if (m && /[IVX]/.test(m[1]) && isCapitals(m[2])) return { kind: 'roman', label: m[1], depth: 0, rest: m[2] };
  m = NUMBER.exec(s);
  if (m && !/^\d/.test(m[2]) && !/^(?:năm|tháng|ngày)\b/iu.test(m[2])) {
    return { kind: 'number', label: m[1], depth: m[1].split('.').length, rest: m[2] };
  }
  m = LETTER.exec(s);
  if (m) return { kind: 'letter', label: m[1], depth: 0, rest: m[2] };
  m = LETTER_SECTION.exec(s);
  if (m && isCapitals(m[2])) return { kind: 'roman', label: m[1], depth: 0, rest: m[2] };
  m = BULLET.exec(s);
  if (m) return { kind: 'bullet', label: m[1], depth: 0, rest: m[2] };
  return { kind: 'none', label: '', depth: 0, rest: s };
}

function isCapitals(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase();
}
