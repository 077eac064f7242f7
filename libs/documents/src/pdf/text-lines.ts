import type { TextItem } from './pdf-document';

/** Words of a line that sit together; a wide gap (a tab stop, a table column) starts a new segment. */
export interface Segment {
  left: number;
  right: number;
  text: string;
}

export interface TextLine {
  /** Baseline, y growing downwards. */
  y: number;
  size: number;
  left: number;
  right: number;
  segments: Segment[];
  text: string;
}

/** Items whose baselines differ by less than this share of the font size are on one line. */
const SAME_LINE = 0.45;
/** A gap wider than this share of the font size separates segments (word spaces are about 0.25–0.7). */
const SEGMENT_GAP = 1.2;
/** A gap wider than this share of the font size between two items is a word space pdf.js did not emit. */
const WORD_GAP = 0.15;

/** Word's symbol-font bullets (Symbol/Wingdings glyphs in the private use area) read as the dash typed by hand. */
const SYMBOL_BULLET = /^[\uf000-\uf0ff]$/;

const isBlank = (str: string): boolean => str.trim() === '';

export function groupLines(items: TextItem[]): TextLine[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: TextItem[][] = [];
  for (const item of sorted) {
    const current = groups[groups.length - 1];
    if (current && Math.abs(item.y - current[0].y) <= SAME_LINE * Math.max(item.size, current[0].size)) {
      current.push(item);
    } else {
      groups.push([item]);
    }
  }
  return groups.map(toLine).filter((line): line is TextLine => line !== undefined);
}

function toLine(items: TextItem[]): TextLine | undefined {
  const inOrder = [...items].sort((a, b) => a.x - b.x);
  const words = inOrder.filter((item) => !isBlank(item.str));
  if (words.length === 0) return undefined;
  const size = Math.max(...words.map((item) => item.size));
  const segments: Segment[] = [];
  let current: Segment | undefined;
  let spaceSeen = false;
  for (const item of inOrder) {
    if (isBlank(item.str)) {
      spaceSeen = true;
      continue;
    }
    const str = SYMBOL_BULLET.test(item.str) ? '-' : item.str;
    const gap = current ? item.x - current.right : 0;
    if (!current || gap > SEGMENT_GAP * size) {
      current = { left: item.x, right: item.x + item.width, text: str.trimStart() };
      segments.push(current);
    } else {
      const needsSpace = (spaceSeen || gap > WORD_GAP * size || str !== item.str) && !/\s$/.test(current.text);
      current.text += (needsSpace ? ' ' : '') + str;
      current.right = Math.max(current.right, item.x + item.width);
    }
    spaceSeen = false;
  }
  for (const segment of segments) segment.text = segment.text.replace(/\s+/g, ' ').trim();
  return {
    y: words.reduce((sum, item) => sum + item.y, 0) / words.length,
    size,
    left: segments[0].left,
    right: Math.max(...segments.map((segment) => segment.right)),
    segments,
    text: segments.map((segment) => segment.text).join(' '),
  };
}

/** PDF line wraps carry no meaning: lines join with a space, except after a word-final hyphen ("30-CT/TU"). */
export const joinWrappedLines = (texts: string[]): string =>
  texts.reduce((text, next) => (text === '' ? next : /\S-$/.test(text) ? text + next : `${text} ${next}`), '');
