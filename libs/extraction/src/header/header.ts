import type { DocumentFields, DocumentKind, Reference } from '../plan-extraction';
import type { TextRange } from '../plan-text';
import { markerOfLine, type Line } from '../layout/lines';
import { isUpperCase } from '../layout/rejoin';
import { isCapitalWord } from './casing';
import { dateLineOf, MOTTO, type DateLine } from './date-line';
import { kindLineOf, kindOfSymbol } from './document-kind';
import { issuerFromHeader, issuerFromPosition, issuerFromPreamble } from './issuer';
import { numberLineOf } from './number-line';
import { looksLikeBodyName, looksLikePosition } from './organisation';
import { recipientsOf } from './recipients';
import { isPersonName, signatureOf, type Signature } from './signature';

/** Where the parts of the document stand in its lines; the body runs from `bodyStart` to `bodyEnd`. */
export interface DocumentOutline {
  kindLine: number;
  titleLines: number[];
  /** First line of the preamble (after the title). */
  bodyStart: number;
  /** First line of the first numbered section. */
  firstSection: number;
  /** First line after the body: the closing formula, "Nơi nhận" or the signature. */
  bodyEnd: number;
}

const AUTHORITY_LINE = /^(?:TM|KT|Q|TL|TUQ|T\/M)\s*\./u;
const RECIPIENTS_LINE = /^Nơi\s+nhận\b/iu;
const CLOSING = /^Trên\s+đây\b/iu;

export function outlineOf(lines: Line[]): DocumentOutline {
  const kindLine = lines.findIndex((l) => !l.fromTable && kindLineOf(l.text) !== null);
  const titleLines: number[] = [];
  if (kindLine >= 0 && !kindLineOf(lines[kindLine].text)?.rest) {
    const next = lines[kindLine + 1];
    if (next && !next.fromTable && markerOfLine(next).kind === 'none') titleLines.push(kindLine + 1);
  }
  const bodyStart = kindLine + 1 + titleLines.length;
  let firstSection = lines.findIndex((l, i) => i >= bodyStart && !l.fromTable && markerOfLine(l).kind === 'roman');
  if (firstSection < 0) firstSection = lines.findIndex((l, i) => i >= bodyStart && !l.fromTable && markerOfLine(l).kind === 'number');
  if (firstSection < 0) firstSection = bodyStart;
  let bodyEnd = lines.findIndex((l, i) => i > firstSection && (CLOSING.test(l.text) || RECIPIENTS_LINE.test(l.text) || AUTHORITY_LINE.test(l.text)));
  if (bodyEnd < 0) bodyEnd = lines.length;
  return { kindLine, titleLines, bodyStart, firstSection, bodyEnd };
}

export interface HeaderInputs {
  lines: Line[];
  outline: DocumentOutline;
  references: (ownNumber: string | null) => Reference[];
}

/** The document fields of spec 1 from the header, the preamble and the signature block, wherever they stand. */
export function readDocumentFields({ lines, outline, references }: HeaderInputs): DocumentFields {
  const spans: Record<string, TextRange> = {};
  const outsideBody = lines.filter((_, i) => i < outline.bodyStart || i >= outline.bodyEnd);
  const headerZone = [...lines.slice(0, Math.max(outline.kindLine, 0)), ...outsideBody.filter((l) => l.fromTable)];

  // The trích yếu may cite documents with their numbers and dates: it is searched for neither.
  const titled = new Set([outline.kindLine, ...outline.titleLines]);
  const beyondTitle = outsideBody.filter((l) => !titled.has(lines.indexOf(l)));
  const numbered = firstOf(headerZone, numberLineOf) ?? firstOf(beyondTitle, numberLineOf);
  const dated = firstOf(headerZone, dateLineOf) ?? firstOf(beyondTitle, dateLineOf);
  const kindLine = outline.kindLine >= 0 ? kindLineOf(lines[outline.kindLine].text) : null;
  const kind: DocumentKind = kindLine?.kind ?? kindOfSymbol(numbered?.value.symbol ?? null) ?? 'OTHER';
  const titleText = kindLine?.rest || outline.titleLines.map((i) => lines[i].text).join(' ') || null;
  if (outline.kindLine >= 0) spans.title = rangeOf(lines, [outline.kindLine, ...outline.titleLines]);
  if (numbered) spans.number = numbered.line;
  if (dated) spans.issuedOn = dated.line;

  const signature = signatureIn(lines, outline);
  const preamble = lines.slice(outline.bodyStart, outline.firstSection).map((l) => l.text).join(' ');
  const issuer =
    issuerFromHeader(headerCapitals(lines, outline)) ??
    signature?.onBehalfOf ??
    issuerFromPreamble(preamble) ??
    (signature?.signer.position ? issuerFromPosition(signature.signer.position) : null);

  const number = numbered?.value.number ?? null;
  const refs = references(number);
  return {
    kind,
    number,
    symbol: numbered?.value.symbol ?? null,
    issuer,
    place: dated?.value.place ?? null,
    issuedOn: dated?.value.issuedOn ?? null,
    title: titleText,
    year: planYear(titleText, dated?.value ?? null, refs),
    signer: signature?.signer ?? null,
    recipients: recipientsOf(recipientsText(lines, outline)),
    references: refs,
    spans,
  };
}

function firstOf<T>(lines: Line[], read: (text: string) => T | null): { value: T; line: TextRange } | null {
  for (const line of lines) {
    const value = read(line.text.replace(MOTTO, ' '));
    if (value) return { value, line: { start: line.start, end: line.end } };
  }
  return null;
}

const rangeOf = (lines: Line[], indexes: number[]): TextRange => ({
  start: lines[indexes[0]].start,
  end: lines[indexes[indexes.length - 1]].end,
});

/** The issuing body's capital lines: before the type line, or standing alone after the body (exports that move it). */
function headerCapitals(lines: Line[], outline: DocumentOutline): string[] {
  const isBodyLine = (text: string): boolean => isUpperCase(text) && !AUTHORITY_LINE.test(text) && !looksLikePosition(text);
  const candidates = lines
    .map((l, i) => ({ l, i }))
    .filter(({ i }) => i < Math.max(outline.kindLine, 0) || i >= outline.bodyEnd);
  for (let k = 0; k < candidates.length; k++) {
    const head = capitalPrefix(candidates[k].l.text.replace(MOTTO, ' '));
    if (!head || !isBodyLine(head) || !looksLikeBodyName(head)) continue;
    const block: string[] = [head];
    for (let n = k + 1; n < candidates.length; n++) {
      const { l, i } = candidates[n];
      if (l.block !== candidates[k].l.block || i !== candidates[n - 1].i + 1) break;
      const more = capitalPrefix(l.text.replace(MOTTO, ' '));
      if (!more || !isBodyLine(more) || more !== l.text.trim()) {
        if (more && isBodyLine(more)) block.push(more);
        break;
      }
      block.push(more);
    }
    return block;
  }
  return [];
}

/** The leading run of capital words of a line ("ỦY BAN NHÂN DÂN XÃ XUÂN SƠN Số: 01/KH-UBND" → the body). */
function capitalPrefix(text: string): string {
  const words = text.trim().split(/\s+/);
  if (!/^\p{Lu}/u.test(words[0] ?? '')) return '';
  let n = 0;
  while (n < words.length && (isCapitalWord(words[n]) || /^[\d&.,-]+$/.test(words[n]))) n++;
  return words.slice(0, n).join(' ').replace(/[\s,.-]+$/, '');
}

/** An authority mark inside a line: OCR may put the recipients list and the signature on one line. */
const AUTHORITY_INSIDE = /(?:^|\s)(?:TM|KT|Q|TL|TUQ|T\/M)\s*\.\s*\p{Lu}/u;

/**
 * The part of a line that belongs to the signature when OCR or a PDF put it beside the recipients list: after
 * "Nơi nhận:" ("Nơi nhận: GIÁM ĐỐC"), or closing an item ("- Sở Nội vụ; Trịnh Văn A").
 */
function besideList(text: string): string {
  const afterLabel = RECIPIENTS_LINE.exec(text) ? text.replace(/^Nơi\s+nhận\s*:?/iu, '').trim() : '';
  if (afterLabel) return isUpperCase(capitalPrefix(afterLabel)) && capitalPrefix(afterLabel) === afterLabel ? afterLabel : '';
  if (!text.includes(';')) return '';
  const tail = text.slice(text.lastIndexOf(';') + 1).trim();
  return tail && (isUpperCase(tail) || isPersonName(tail)) ? tail : '';
}

function signatureIn(lines: Line[], outline: DocumentOutline): Signature | null {
  const after = outline.firstSection;
  const isPositionLine = (text: string): boolean => looksLikePosition(text) && capitalPrefix(text).length > 0;
  let at = lines.findIndex((l, i) => i >= after && AUTHORITY_INSIDE.test(l.text));
  if (at < 0) at = lines.findIndex((l, i) => i >= after && (isPositionLine(l.text) || isPositionLine(besideList(l.text))));
  if (at < 0) return null;
  const first = lines[at].text;
  const mark = AUTHORITY_INSIDE.exec(first);
  // The recipients list may be interleaved with the signature (a PDF prints them side by side): skip its items.
  const zone: string[] = [mark ? first.slice(mark.index).trim() : besideList(first) || first];
  for (let i = at + 1; i < lines.length && zone.length < 6; i++) {
    const text = lines[i].text;
    const marker = markerOfLine(lines[i]).kind;
    if (marker === 'roman' || marker === 'number' || /^PH[ỤU] L[ỤU]C\b/iu.test(text)) break;
    if (marker === 'bullet' || RECIPIENTS_LINE.test(text)) {
      if (besideList(text)) zone.push(besideList(text));
      continue;
    }
    zone.push(text);
  }
  return signatureOf(zone.join('\n'));
}

function recipientsText(lines: Line[], outline: DocumentOutline): string {
  const at = lines.findIndex((l, i) => i >= outline.firstSection && RECIPIENTS_LINE.test(l.text));
  if (at < 0) return '';
  // Items may be interleaved with the signature's lines (side by side in a PDF): those are skipped, not an end.
  const cut = (text: string): string => {
    const mark = AUTHORITY_INSIDE.exec(text);
    const own = mark ? text.slice(0, mark.index) : text;
    const signed = besideList(own);
    return signed ? own.slice(0, own.length - signed.length) : own;
  };
  const out = [cut(lines[at].text)];
  for (let i = at + 1; i < lines.length && i < at + 40; i++) {
    const text = lines[i].text;
    if (markerOfLine(lines[i]).kind === 'bullet') out.push(cut(text));
    else if (!isSignatureLine(text)) break;
  }
  return out.join('\n');
}

/** A line of the signature block: authority mark, capitals (body, position), a note "(Đã ký)", or a name. */
function isSignatureLine(text: string): boolean {
  return AUTHORITY_LINE.test(text) || isUpperCase(text) || /^\(.*\)$/.test(text) || /^(?:\p{Lu}[\p{Ll}\p{M}]+\s?){2,5}$/u.test(text);
}

const EVENT_YEAR = /lần\s+thứ\s+[\p{L}\d]+\s+năm\s+\d{4}/giu;

/**
 * The year the plan is for: from the trích yếu ("… năm 2022"; a congress "lần thứ IV năm 2015" is an event,
 * not the plan's year), else the year of issue, else the latest year among the documents it cites (a plan is
 * issued after them).
 */
function planYear(title: string | null, dated: DateLine | null, refs: Reference[]): number | null {
  const fromTitle = /năm(?:\s+học)?\s+(\d{4})|giai\s+đoạn\s+(\d{4})/iu.exec((title ?? '').replace(EVENT_YEAR, ' '));
  if (fromTitle) return Number(fromTitle[1] ?? fromTitle[2]);
  if (dated) return Number(dated.issuedOn.slice(0, 4));
  const years = refs.map((r) => Number(r.issuedOn?.slice(0, 4))).filter((y) => y > 1900);
  return years.length ? Math.max(...years) : null;
}
