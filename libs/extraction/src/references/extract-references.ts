/**
 * Documents a plan cites: every document by number ("Chỉ thị số 18-CT/TU ngày 02/3/2023 của Ban Thường vụ Tỉnh ủy") and
 * every law by name ("Luật Thi đua, khen thưởng ngày 15/6/2022"). Unnumbered documents other than laws are not
 * references (spec 1.2). Numbers, dates and issuers are kept as printed.
 */
import type { DocumentKind, Reference } from '../plan-extraction';
import { isValidDate, isoDate } from '../deadlines/calendar';
import { foldKeepingOffsets, foldVietnamese } from '../text/normalize';
import { DOCUMENT_WORDS, isGenericDocumentWord, kindFromSymbol } from './document-kinds';

/** "18-CT/TU", "12/2019/TT-BNV", "215/QC-HĐTĐKT", "05/CT-TTg": digits, then a symbol opening with a capital. */
const NUMBER = /(?<![\p{L}\p{N}\/-])\d{1,5}[a-z]?(?:\/\d{4})?[\/-]\p{Lu}[\p{L}\d]*(?:[\/-][\p{L}\d]+)*/gu;
const WORD_BEFORE = new RegExp(
  String.raw`\b(${DOCUMENT_WORDS.map(([w]) => w).join('|')})\s*(?:so\s*:?\s*)?$`,
);
const KIND_OF_WORD = new Map(DOCUMENT_WORDS);
const DATE_AFTER =
  /^\s*,?\s*(?:(?:ban hanh|ky)\s+)?(?:ngay\s*(\d{1,2})\s*[\/.-]\s*(\d{1,2})\s*[\/.-]\s*(\d{4})|ngay\s*(\d{1,2})?\s*thang\s*(\d{1,2})?\s*nam\s*(\d{4})|(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})|nam\s+(\d{4}))/;
const ISSUER_INTRO = /^\s*,?\s*(?:cua|do)\s+/;
/** Where an issuer's name ends: punctuation, or the words that open what the document is about. */
const ISSUER_END =
  /\s*(?:[,;:()"“”.\n\t]|\s(?:ve|ve viec|quy dinh|huong dan|ban hanh|trien khai|thuc hien|tiep tuc|tang cuong|day manh|nham|de|trong|voi|da|dang|duoc|ngay|den|cung|toi|cho|tai|tren|khi|la|gom|kem theo|theo)\b|\s(?:va|,)\s*(?:chi thi|nghi dinh|quyet dinh|ke hoach|nghi quyet|thong tu|ket luan|luat|huong dan)\b)/;
const MAX_ISSUER_WORDS = 12;
/** "Luật Thi đua, khen thưởng", "Bộ luật Lao động": capital "Luật" not part of "pháp luật", "kỷ luật". */
const LAW = /(?<![\p{L}])(?:Bộ luật|Luật)(?![\p{L}])/gu;
// A comma or "và" goes on inside a name ("Luật Thi đua, khen thưởng", "Luật Bảo vệ và phát triển rừng") unless a capital
// (the next document), a list word or what is done with the law follows.
const LAW_TITLE_END =
  /\s*(?:[;:()"“”.\n\t]|,\s*(?=\p{Lu}|các|những|và|(?:thông báo|tổ chức|tuyên truyền|triển khai|thực hiện|phổ biến|quán triệt|vận động|hướng dẫn)(?![\p{L}]))|\s(?:ngày|đã|được|hiện hành|quy định|hướng dẫn)(?![\p{L}])|\svà(?=\s+(?:\p{Lu}|các|những|$))|\s(?=số\s*:?\s*\d)|(?<=\snăm\s+\d{4})(?!\d))/u;
/** "Luật số 06/2022/QH15", "Luật An toàn thực phẩm số 55/2010/QH12": cited by number. */
const LAW_BY_NUMBER = /^\s*(?:số\s*:?\s*)?\d/u;
/** The law's name, then its number: "Luật An toàn thực phẩm số 55/2010/QH12". */
const NUMBER_AFTER_NAME = /^\s*số\s*:?\s*\d/u;
const LAW_NAMED_BEFORE = /(?<![\p{L}])(?:Bộ luật|Luật)\s[^;:()\n\t]{1,80}?\ssố\s*:?\s*$/u;
/** A law's name may end with its year ("Bộ luật Lao động năm 2019"): the year it was passed. */
const LAW_YEAR = /\snăm\s+(\d{4})$/u;

interface Found {
  reference: Reference;
  key: string;
}

function dateAfter(folded: string, at: number): { iso: string | null; end: number } {
  const m = DATE_AFTER.exec(folded.slice(at, at + 60));
  if (!m) return { iso: null, end: at };
  const [d, mo, y] = m[1] ? [m[1], m[2], m[3]] : m[6] ? [m[4], m[5], m[6]] : m[9] ? [m[7], m[8], m[9]] : [undefined, undefined, m[10]];
  const year = Number(y);
  let iso: string | null = String(year);
  if (mo && d && isValidDate(year, Number(mo), Number(d))) iso = isoDate(year, Number(mo), Number(d));
  else if (mo && Number(mo) >= 1 && Number(mo) <= 12) iso = `${year}-${mo.padStart(2, '0')}`;
  return { iso, end: at + m[0].length };
}

function issuerAfter(text: string, folded: string, at: number): { issuer: string | null; end: number } {
  const intro = ISSUER_INTRO.exec(folded.slice(at, at + 10));
  if (!intro) return { issuer: null, end: at };
  const from = at + intro[0].length;
  const rest = folded.slice(from, from + 120);
  const stop = ISSUER_END.exec(rest);
  const issuer = text.slice(from, from + (stop ? stop.index : rest.length)).trim();
  if (!issuer || issuer.split(/\s+/).length > MAX_ISSUER_WORDS) return { issuer: null, end: at };
  return { issuer, end: from + issuer.length };
}

function numbered(text: string, folded: string, ownNumber: string | null): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const number = m[0];
    if (ownNumber && number === ownNumber) continue;
    const at = m.index!;
    const word = WORD_BEFORE.exec(folded.slice(Math.max(0, at - 30), at));
    const wordKind = word ? KIND_OF_WORD.get(word[1])! : null;
    const lawName = word ? null : LAW_NAMED_BEFORE.exec(text.slice(Math.max(0, at - 100), at));
    const kind: DocumentKind = lawName ? 'LUAT'
      : wordKind && !isGenericDocumentWord(word![1]) ? wordKind : (kindFromSymbol(number) ?? wordKind ?? 'OTHER');
    const date = dateAfter(folded, at + number.length);
    const issuer = issuerAfter(text, folded, date.end);
    const start = word ? at - word[0].length : at;
    found.push({
      reference: { kind, number, issuedOn: date.iso, issuer: issuer.issuer, span: { start, end: Math.max(issuer.end, date.end) } },
      key: `${kind}#${number}`,
    });
  }
  return found;
}

function laws(text: string, folded: string): Found[] {
  const found: Found[] = [];
  let coveredUntil = -1;
  for (const m of text.matchAll(LAW)) {
    const at = m.index!;
    if (at < coveredUntil) continue;
    const rest = text.slice(at + m[0].length, at + m[0].length + 160);
    if (LAW_BY_NUMBER.test(rest)) continue;
    const stop = LAW_TITLE_END.exec(rest);
    const end = at + m[0].length + (stop ? stop.index : rest.length);
    if (end <= at + m[0].length + 1) continue;
    if (NUMBER_AFTER_NAME.test(text.slice(end, end + 20))) continue; // cited by number: read with the numbered ones
    const title = text.slice(at, end).trim();
    const year = LAW_YEAR.exec(title);
    const date = year ? { iso: year[1], end } : dateAfter(folded, end);
    coveredUntil = date.end;
    found.push({
      reference: { kind: 'LUAT', number: null, issuedOn: date.iso, issuer: null, title, span: { start: at, end: date.end } },
      // "Luật Nghĩa vụ quân sự năm 2015", cited again as "Luật Nghĩa vụ quân sự": one law.
      key: `LUAT@${foldVietnamese(title.replace(LAW_YEAR, ''))}`,
    });
  }
  return found;
}

function merge(into: Reference, from: Reference): void {
  into.issuedOn ??= from.issuedOn;
  into.issuer ??= from.issuer;
}

/** Every document cited by number and every law cited by name, once each, in order of first mention. */
export function extractReferences(text: string, options: { ownNumber?: string | null } = {}): Reference[] {
  const source = text.normalize('NFC');
  const folded = foldKeepingOffsets(source);
  const ownNumber = options.ownNumber?.replace(/\s+/g, '') || null;
  const all = [...numbered(source, folded, ownNumber), ...laws(source, folded)].sort(
    (a, b) => a.reference.span!.start - b.reference.span!.start,
  );
  const byKey = new Map<string, Reference>();
  const lawByDate = new Map<string, Reference>();
  for (const { reference, key } of all) {
    const same = byKey.get(key) ?? (reference.kind === 'LUAT' && reference.issuedOn ? lawByDate.get(reference.issuedOn) : undefined);
    if (same) {
      merge(same, reference);
      continue;
    }
    byKey.set(key, reference);
    if (reference.kind === 'LUAT' && reference.number === null && reference.issuedOn) lawByDate.set(reference.issuedOn, reference);
  }
  return [...byKey.values()];
}
