import { markerOfLine, type Line } from './lines';

const ENDS_SENTENCE = /[.;:!?…”"')\]]$|\.\/\.$/u;
/** Lines that open a part of their own: the recipients list, the signature's authority mark, the closing formula. */
const BLOCK_START = /^(?:Nơi\s+nhận|TM\s*\.|KT\s*\.|TL\s*\.|Q\s*\.|Trên\s+đây|PHỤ\s+LỤC|Phụ\s+lục\b)/u;
const STARTS_LOWER = /^[\p{Ll}(]/u;

/**
 * Rejoins lines that a page break (or a PDF line end) split inside one sentence. A line continues the previous
 * one when it starts in lower case, or when the previous running-text line (not a numbered heading) stops
 * without closing punctuation and the line carries no list marker of its own.
 */
export function rejoinBrokenLines(lines: Line[], isTypeLine: (text: string) => boolean = () => false): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    // The trích yếu under the type line ("KẾ HOẠCH") is a title, never the start of the preamble's sentence.
    const isTitle = out.length >= 2 && isTypeLine(out[out.length - 2].text);
    const joins = prev && !isTypeLine(prev.text) && !isTypeLine(line.text) && continues(prev, line) && (!isTitle || STARTS_LOWER.test(line.text));
    if (prev && joins) {
      out[out.length - 1] = { ...prev, text: `${prev.text} ${line.text}`, end: line.end };
    } else {
      out.push(line);
    }
  }
  return out;
}

function continues(prev: Line, line: Line): boolean {
  if (prev.fromTable !== line.fromTable || prev.fromTable) return false;
  if (ENDS_SENTENCE.test(prev.text)) return false;
  const own = markerOfLine(line);
  if (own.kind !== 'none') return false;
  if (STARTS_LOWER.test(line.text)) return true;
  if (BLOCK_START.test(line.text)) return false;
  const before = markerOfLine(prev);
  if (before.kind === 'roman' || before.kind === 'number' || before.kind === 'letter') return false;
  if (isUpperCase(prev.text) || isUpperCase(line.text)) return false;
  // A short unmarked line is a heading or a title line, not a sentence cut by a page break.
  return prev.text.split(/\s+/).length >= 25;
}

export function isUpperCase(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
