import type { CellInput, PlanTextBuilder, RowInput } from '../plan-text-builder';
import type { TableRowsOnPage } from './ruled-tables';
import { joinWrappedLines, type TextLine } from './text-lines';

export interface LaidOutPage {
  number: number;
  /** Lines outside ruled tables, page furniture removed, top to bottom. */
  lines: TextLine[];
  tables: TableRowsOnPage[];
}

type Element = { kind: 'line'; line: TextLine; top: number } | { kind: 'table'; table: TableRowsOnPage; top: number };

interface PlacedLine {
  line: TextLine;
  page: number;
}
interface ParagraphOut {
  kind: 'paragraph';
  page: number;
  lines: PlacedLine[];
}
interface TableOut {
  kind: 'table';
  page: number;
  rows: RowInput[];
  /** Set while the table may continue on the next page. */
  columns?: number[];
  lastPage: number;
}
type BlockOut = ParagraphOut | TableOut;

/**
 * A list marker as plans write them (Decree 30 numbering and the usual bullets): "I.", "1.", "1.2.",
 * "a)", "đ)", "-", "+", "•". A line starting with one after a finished clause starts a paragraph.
 */
export const LIST_MARKER = /^(?:[IVXLC]+\.|\d+(?:\.\d+)*[.)]|[a-zđ][.)]|[-–+•*])(?:\s|$)/u;
const SENTENCE_END = /[.!?:…]["”)]?$/;
const CLAUSE_END = /[.!?:;…]["”)]?$/;
const STARTS_UPPER = /^["“(]?[\p{Lu}\d]/u;

/** Columns of a table continued on the next page start within this distance of the previous page's. */
const SAME_COLUMN = 3;

/**
 * Rebuilds reading order from positioned lines: paragraphs from line geometry and wording, ruled tables
 * as they were drawn (continued across pages, split rows rejoined), and aligned multi-column lines outside
 * them (the motto header, the recipients beside the signature) as tables.
 */
export function layOutPages(pages: LaidOutPage[], builder: PlanTextBuilder): void {
  const metrics = measure(pages);
  const out: BlockOut[] = [];
  let borderless: TableOut | undefined;
  let borderlessColumns: number[] = [];
  let previousLine: TextLine | undefined;
  for (const page of pages) {
    const elements: Element[] = [
      ...page.lines.map((line): Element => ({ kind: 'line', line, top: line.y - line.size })),
      ...page.tables.map((table): Element => ({ kind: 'table', table, top: table.box.top })),
    ].sort((a, b) => a.top - b.top);
    elements.forEach((element, index) => {
      if (element.kind === 'table') {
        borderless = undefined;
        addRuledTable(out, element.table, page.number, index === 0);
        return;
      }
      const { line } = element;
      // Across a page break only the page's first line can continue a table, and only with text in its first
      // column (the recipients list running on); a centred heading there starts the next part.
      const sameFlow =
        borderless?.lastPage === page.number ||
        (index === 0 && borderless?.lastPage === page.number - 1 && line.left < borderlessColumns[1] - line.size);
      if (borderless && sameFlow && continuesBorderless(line, index === 0 ? undefined : previousLine, borderlessColumns)) {
        addBorderlessLine(borderless, line, borderlessColumns, page.number);
        borderless.lastPage = page.number;
      } else if (line.segments.length >= 2) {
        borderlessColumns = line.segments.map((segment) => segment.left);
        borderless = { kind: 'table', page: page.number, rows: [], lastPage: page.number };
        addBorderlessLine(borderless, line, borderlessColumns, page.number);
        out.push(borderless);
      } else {
        borderless = undefined;
        addParagraphLine(out, line, page.number, metrics);
      }
      previousLine = line;
    });
  }
  for (const block of out) {
    if (block.kind === 'table') builder.table(block.rows, { page: block.page, rebuilt: true });
    else builder.paragraph(joinLines(block.lines), { page: block.page });
  }
}

interface Metrics {
  /** Usual baseline distance within a paragraph, by font size. */
  lead(size: number): number;
  body(page: number): { left: number; right: number };
}

function measure(pages: LaidOutPage[]): Metrics {
  const deltas = new Map<number, number[]>();
  const bodies = new Map<number, { left: number; right: number }>();
  for (const page of pages) {
    page.lines.forEach((line, i) => {
      const previous = page.lines[i - 1];
      const size = Math.round(line.size);
      const delta = previous ? line.y - previous.y : 0;
      if (previous && Math.round(previous.size) === size && delta > 0 && delta < 2.5 * line.size) {
        deltas.set(size, [...(deltas.get(size) ?? []), delta]);
      }
    });
    bodies.set(page.number, {
      left: quantile(page.lines.map((line) => line.left), 0.1) ?? 0,
      right: quantile(page.lines.map((line) => line.right), 0.9) ?? 0,
    });
  }
  return {
    lead: (size) => quantile(deltas.get(Math.round(size)) ?? [], 0.25) ?? size * 1.2,
    body: (page) => bodies.get(page) ?? { left: 0, right: 0 },
  };
}

function quantile(values: number[], q: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function addParagraphLine(out: BlockOut[], line: TextLine, page: number, metrics: Metrics): void {
  const last = out[out.length - 1];
  if (last?.kind === 'paragraph') {
    const previous = last.lines[last.lines.length - 1];
    const lead = metrics.lead(previous.line.size);
    if (!startsParagraph(line, previous.line, previous.page === page, lead, metrics.body(previous.page))) {
      last.lines.push({ line, page });
      return;
    }
  }
  out.push({ kind: 'paragraph', page, lines: [{ line, page }] });
}

function startsParagraph(
  line: TextLine,
  previous: TextLine,
  samePage: boolean,
  lead: number,
  body: { left: number; right: number },
): boolean {
  // A marker after a finished sentence or clause; mid-sentence, "- Khen thưởng" or "2024. Chú" is a wrapped line.
  if (LIST_MARKER.test(line.text) && CLAUSE_END.test(previous.text)) return true;
  if (Math.abs(line.size - previous.size) > 1) return true;
  if (samePage && line.y - previous.y > lead * 1.3) return true;
  if (wrapsCentred(line, previous, body)) return false;
  if (line.left > previous.left + 0.8 * line.size) return true;
  const flushRight = previous.right >= body.right - 0.5 * previous.size;
  if (previous.right < body.right - 2 * previous.size) return true;
  return !flushRight && SENTENCE_END.test(previous.text) && STARTS_UPPER.test(line.text);
}

/** A centred title or epigraph too long for one line: the next line keeps its centre. */
const wrapsCentred = (line: TextLine, previous: TextLine, body: { left: number; right: number }): boolean =>
  Math.abs((line.left + line.right) / 2 - (previous.left + previous.right) / 2) < 0.5 * line.size &&
  previous.right - previous.left >= 0.8 * (body.right - body.left) &&
  line.right - line.left < previous.right - previous.left;

const joinLines = (lines: PlacedLine[]): string => joinWrappedLines(lines.map(({ line }) => line.text));

/** `previous` is undefined at the top of a page, where the vertical gap says nothing. */
function continuesBorderless(line: TextLine, previous: TextLine | undefined, columns: number[]): boolean {
  if (previous && line.y - previous.y > 3 * Math.max(line.size, previous.size)) return false;
  if (line.segments.length >= 2) return true;
  // One segment: in a later column, or within the first column's width.
  return line.left >= columns[1] - line.size || line.right < columns[1] + line.size;
}

function addBorderlessLine(table: TableOut, line: TextLine, columns: number[], page: number): void {
  const cells: string[] = columns.map(() => '');
  for (const segment of line.segments) {
    const column = columns.reduce((found, left, i) => (segment.left >= left - line.size ? i : found), 0);
    cells[column] = cells[column] ? `${cells[column]} ${segment.text}` : segment.text;
  }
  const last = table.rows[table.rows.length - 1];
  if (last && cells[0] === '') appendToRow(last, cells.map((text) => ({ text })));
  else table.rows.push({ cells: cells.map((text) => ({ text })), page });
}

function appendToRow(row: RowInput, cells: CellInput[]): void {
  cells.forEach((cell, i) => {
    if (cell.text === '' || !row.cells[i]) return;
    row.cells[i] = { ...row.cells[i], text: row.cells[i].text ? `${row.cells[i].text} ${cell.text}` : cell.text };
  });
}

function addRuledTable(out: BlockOut[], table: TableRowsOnPage, page: number, firstOnPage: boolean): void {
  const last = out[out.length - 1];
  const continues =
    firstOnPage &&
    last?.kind === 'table' &&
    last.columns !== undefined &&
    last.lastPage === page - 1 &&
    last.columns.length === table.columns.length &&
    last.columns.every((left, i) => Math.abs(left - table.columns[i]) <= SAME_COLUMN);
  const rows: RowInput[] = table.rows.map((cells) => ({ cells, page }));
  if (!continues || last?.kind !== 'table') {
    out.push({ kind: 'table', page, rows, columns: table.columns, lastPage: page });
    return;
  }
  const text = (row: RowInput): string => row.cells.map((cell) => cell.text).join('\t');
  // Word repeats a table's header row at the top of each page.
  const incoming = text(rows[0]) === text(last.rows[0]) ? rows.slice(1) : rows;
  const previousRow = last.rows[last.rows.length - 1];
  const [first, ...others] = incoming;
  if (first && first.cells.length >= 2 && first.cells[0].text === '' && previousRow.cells.length === first.cells.length) {
    appendToRow(previousRow, first.cells);
    last.rows.push(...others);
  } else {
    last.rows.push(...incoming);
  }
  last.lastPage = page;
}
