/**
 * Blanks the parts of a folded sentence whose dates are never deadlines: legal references, anniversaries and
 * holidays, names that carry years ("giai đoạn 2021-2025"), the signing line. Length is kept, so offsets hold.
 */

const DATE = String.raw`(?:\d{1,2}\s*[\/.-]\s*\d{1,2}\s*[\/.-]\s*\d{4}|\d{1,2}\s*\/\s*\d{1,2}|\d{0,2}\s*thang\s+\d{0,2}\s*nam\s+\d{4}|\d{1,2}\s+thang\s+\d{1,2}|nam\s+\d{4}|\d{4})`;
const DOC_WORD = String.raw`(?:chi thi|nghi dinh|quyet dinh|ke hoach|nghi quyet|thong tu(?: lien tich)?|ket luan|quy che|quy dinh|huong dan|cong van|cong dien|thong bao|chuong trinh|bao cao|van ban|to trinh|dieu le|phap lenh|hien phap|luat|de an|thong tri|quy chuan)`;
/** A document number with its symbol: "18-CT/TU", "12/2019/TT-BNV", "215/QC-HĐTĐKT", "/KH-UBND". */
const DOC_NUMBER = String.raw`(?:\d+[a-z]?(?:\s*\/\s*\d{4})?\s*[\/-]\s*[a-z][a-z0-9]*(?:\s*[\/-]\s*[a-z0-9]+)*|\/\s*[a-z]{2,}[a-z0-9]*(?:-[a-z0-9]+)+)`;

/** The issue date right after a document number, "ngày" optional ("Chỉ thị 32-CT/TU 26/6/2014"). */
const ISSUE_DATE = String.raw`(?:\s*,?\s*(?:ban hanh\s+)?(?:ngay\s*)?${DATE})?`;
/** One character of a clause that is not the start of a deadline cue. */
const UNTIL_CUE = String.raw`(?:(?!\b(?:truoc|cham nhat|hoan thanh|thoi gian|thoi han|xong|vao|trong|tu|den|cuoi thang)\b)[^;:.\n])`;

/** A span of years inside a sentence names a period ("kỳ 2019 - 2023"); standing alone (a time cell) it is the work's time. */
const YEAR_SPAN = /\b\d{4}\s*[-–—]\s*\d{4}\b/g;
const ONLY_YEAR_SPAN = /^\s*(?:(?:thoi gian|nam)\s*:?\s*)?\d{4}\s*[-–—]\s*\d{4}\s*\.?\s*$/;

const ZONES: readonly RegExp[] = [
  // "Luật Thi đua, khen thưởng ngày 15/6/2022", "Luật … năm 2013"
  new RegExp(String.raw`\bluat\b[^;:.()\d]{0,90}?(?:ngay\s*)?${DATE}`, 'g'),
  // "Chỉ thị số 18-CT/TU, ngày 02/3/2023", "Quyết định số …/QĐ-UBND ngày …", "Kế hoạch ngày 12/3/2024"
  new RegExp(String.raw`\b${DOC_WORD}\s*(?:(?:so\s*:?\s*)?${DOC_NUMBER}${ISSUE_DATE}|(?:so\s*:?\s*\d+\s*,?\s*)?(?:(?:ban hanh\s+)?ngay\s*${DATE})?)`, 'g'),
  new RegExp(String.raw`${DOC_NUMBER}${ISSUE_DATE}`, 'g'),
  // anniversaries, holidays, what an achievement greets: up to the end of the clause or a deadline cue
  new RegExp(String.raw`\b(?:ky niem|nhan dip|chao mung|huong toi|tien toi|quoc khanh|ngay truyen thong|ngay thanh lap|ngay sinh|le hoi|tet nguyen dan|ngay le)\b${UNTIL_CUE}*`, 'g'),
  // historical spans "(27/7/1947 - 27/7/2022)", "5 năm (2021 - 2025)"
  /\(\s*(?:\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*)?\d{4}\s*[-–—]\s*(?:\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*)?\d{4}\s*\)/g,
  // names that carry years or terms
  new RegExp(String.raw`\b(?:giai doan|nhiem ky|nam hoc|nien khoa|nien do|khoa|dai hoi)\b${UNTIL_CUE}{0,60}?\d{4}(?:\s*[-–—]\s*\d{4})?`, 'g'),
  YEAR_SPAN,
  // the cut-off of reported figures, "số liệu tính đến ngày 15/11/2024", "tính từ 01/01 đến 30/6"
  new RegExp(String.raw`\btinh (?:tu (?:ngay\s*)?${DATE}\s*)?den (?:het\s*)?(?:ngay\s*)?${DATE}`, 'g'),
  // the signing line "Hà Nội, ngày 04 tháng 01 năm 2022"
  /^\s*[^\d,;:.]{2,40},\s*ngay\s*\d{0,2}\s*thang\s*\d{0,2}\s*nam\s*\d{4}/g,
];

export function maskNonDeadlines(folded: string): string {
  let masked = folded;
  for (const zone of ZONES) {
    if (zone === YEAR_SPAN && ONLY_YEAR_SPAN.test(folded)) continue;
    zone.lastIndex = 0;
    masked = masked.replace(zone, (m) => ' '.repeat(m.length));
  }
  return masked;
}
