import type { ParagraphBlock, PlanText, TableBlock, TextRange } from '../plan-text';
import { markerOf, type Marker } from './markers';
import { stripMarkup } from './markup';

/** One visual line of running text with its range in `PlanText.text`; `text` is cleaned of markup. */
export interface Line extends TextRange {
  text: string;
  /** Index of the block the line came from. */
  block: number;
  /** True when the line came from a layout table (header, signature), not from running text. */
  fromTable: boolean;
  /** The list mark the source's numbering gave (a Word list loses its printed "1." / "-" in the text). */
  listMarker?: Marker;
}

/** Splits a range of the text into its non-empty lines, keeping each line's own range. */
export function linesOfRange(text: string, range: TextRange, block: number, fromTable: boolean): Line[] {
  const out: Line[] = [];
  let pos = range.start;
  for (const piece of text.slice(range.start, range.end).split('\n')) {
    const start = pos;
    pos += piece.length + 1;
    const cleaned = stripMarkup(piece);
    if (cleaned) out.push({ text: cleaned, start, end: start + piece.length, block, fromTable });
  }
  return out;
}

export function linesOfParagraph(plan: PlanText, block: ParagraphBlock, index: number): Line[] {
  const lines = linesOfRange(plan.text, block, index, false);
  const listMarker = lines.length ? markerOfListStyle(block.style, lines[0].text) : undefined;
  return listMarker ? [{ ...lines[0], listMarker }, ...lines.slice(1)] : lines;
}

/**
 * The documents reader marks Word list items "ol:<n>[;level:<k>]" or "ul[;level:<k>]" and leaves their text
 * without the number or bullet Word prints: the outline takes the mark from the style.
 */
function markerOfListStyle(style: string | undefined, text: string): Marker | undefined {
  const m = /^(ol|ul)(?::(\d+))?(?:;level:(\d+))?/.exec(style ?? '');
  if (!m || markerOf(text).kind !== 'none') return undefined;
  const level = Number(m[3] ?? '1');
  if (m[1] === 'ul') return { kind: 'bullet', label: level > 1 ? '+' : '-', depth: 0, rest: text };
  return { kind: 'number', label: m[2] ?? '1', depth: level, rest: text };
}

/**
 * A table that is not a task table lays out parts side by side (issuing body | national motto, Nơi nhận |
 * signature): it is read column by column, so each part's lines stay together even when a PDF gave one row
 * per printed line.
 */
export function linesOfLayoutTable(plan: PlanText, block: TableBlock, index: number): Line[] {
  const width = Math.max(...block.rows.map((row) => row.cells.length));
  const out: Line[] = [];
  for (let column = 0; column < width; column++) {
    for (const row of block.rows) {
      const cell = row.cells[column];
      if (cell) out.push(...linesOfRange(plan.text, cell, index, true));
    }
  }
  return out;
}

/** The line's list mark: from the source's list numbering, else as printed in its text. */
export const markerOfLine = (line: Line): Marker => line.listMarker ?? markerOf(line.text);

/** Page numbers printed alone on a line ("2", "- 3 -") are not text. */
export const isPageNumber = (line: Line): boolean => /^[-–\s]*\d{1,3}[-–\s]*$/.test(line.text);
