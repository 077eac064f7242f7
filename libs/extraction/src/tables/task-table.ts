import type { Deadline, DeadlineKind } from '../plan-extraction';
import type { PlanText, TableBlock, TableRow, TextRange } from '../plan-text';
import { periodOfHeading, type DeadlineContext } from '../deadlines';
import { quarterPeriod } from '../deadlines/calendar';
import { restoreSentenceSpaces, stripMarkup } from '../layout/markup';
import { isUpperCase } from '../layout/rejoin';
import { markerOf } from '../layout/markers';
import { columnRoleOf, columnsOf, type ColumnRole } from './columns';

/** A table whose header row names a content column and unit or time columns: one task per row. */
export interface TaskTable {
  /** Role of each grid column (a merged cell covers several). */
  columns: ColumnRole[];
  /** Index of the header row in the first block. */
  headerRow: number;
}

/** The text of one cell of a task row, cleaned, with the range of its source cell(s). */
export interface CellText extends TextRange {
  text: string;
}

export interface TaskRow extends TextRange {
  /** 1-based position among the table's task rows: the row's structural place. */
  ordinal: number;
  /** The number printed in the TT column, if any. */
  printedNumber: string | null;
  cells: Partial<Record<ColumnRole, CellText>>;
  /** The period given by the group row above ("QUÝ II", "6 tháng đầu năm"), if any. */
  period: Deadline | null;
  group: string | null;
}

const cellTexts = (plan: PlanText, row: TableRow): string[] => row.cells.map((c) => plan.text.slice(c.start, c.end));

/** Finds the header row among the first rows of a table block; null when the block is not a task table. */
export function taskTableOf(plan: PlanText, block: TableBlock): TaskTable | null {
  for (let i = 0; i < Math.min(3, block.rows.length); i++) {
    const row = block.rows[i];
    const columns = columnsOf(expand(row, cellTexts(plan, row).map(stripMarkup)));
    if (!columns) continue;
    const sub = block.rows[i + 1];
    const refined = sub ? underSubHeader(plan, row, columns, sub) : null;
    return refined ? { columns: refined, headerRow: i + 1 } : { columns, headerRow: i };
  }
  return null;
}

/**
 * A two-row header: "Đơn vị" spans "Chủ trì | Phối hợp" in the row below. The second row names only unit or time
 * roles; its names replace the spanning cell's role, by position when the rows are as wide, else in the order
 * of the merged cells.
 */
function underSubHeader(plan: PlanText, header: TableRow, columns: ColumnRole[], sub: TableRow): ColumnRole[] | null {
  const texts = cellTexts(plan, sub).map(stripMarkup);
  const named = texts.filter(Boolean);
  const roles = texts.map((t) => (t ? columnRoleOf(t) : null));
  const unitOrTime = (r: ColumnRole | null): boolean => r !== null && r !== 'content' && r !== 'ordinal';
  if (named.length === 0 || roles.some((r, k) => texts[k] && !unitOrTime(r))) return null;
  const out = [...columns];
  const wide = expand(sub, roles);
  if (wide.length === out.length) {
    wide.forEach((r, k) => { if (r) out[k] = r; });
    return out;
  }
  const spanned: number[] = [];
  let at = 0;
  for (const cell of header.cells) {
    for (let k = 0; k < (cell.colSpan ?? 1); k++) if ((cell.colSpan ?? 1) > 1) spanned.push(at + k);
    at += cell.colSpan ?? 1;
  }
  roles.filter(unitOrTime).forEach((r, k) => { if (spanned[k] !== undefined) out[spanned[k]] = r!; });
  return out;
}

/** Repeats each cell's text over the grid columns it spans, so roles line up with merged cells. */
function expand<T>(row: TableRow, values: T[]): T[] {
  return row.cells.flatMap((cell, i) => Array.from({ length: cell.colSpan ?? 1 }, () => values[i]));
}

interface Draft {
  printedNumber: string | null;
  cells: Partial<Record<ColumnRole, CellText>>;
  range: TextRange;
  period: Deadline | null;
  group: string | null;
}

/**
 * The task rows of a table that may run over several blocks (a page break splits it): group rows give their
 * period to the rows below, and a row without its number that goes on with the previous row's text (split
 * across pages) is merged into that row.
 */
export function readTaskRows(plan: PlanText, blocks: TableBlock[], table: TaskTable, ctx: DeadlineContext): TaskRow[] {
  const drafts: Draft[] = [];
  let period: Deadline | null = null;
  let group: string | null = null;
  const hasOrdinal = table.columns.includes('ordinal');
  blocks.forEach((block, b) => {
    block.rows.forEach((row, r) => {
      if (b === 0 && r <= table.headerRow) return;
      const texts = expand(row, cellTexts(plan, row).map((t) => restoreSentenceSpaces(stripMarkup(t))));
      const ranges = expand(row, row.cells as TextRange[]);
      const cells = cellsByRole(table.columns, texts, ranges);
      const raw = cellTexts(plan, row).map(stripMarkup);
      const filled = raw.filter(Boolean);
      // A group label stands at the row's start (TT or content column) or spans the row, never alone in a unit column.
      const labelPlace = raw.findIndex(Boolean) <= 1 || (row.cells[raw.findIndex(Boolean)]?.colSpan ?? 1) > 1;
      if (filled.length === 0) return;
      // A group label ("QUÝ I") often stands in the first column; only a short ordinal is the row's number.
      const number = /^(?:\d{1,3}(?:\.\d{1,2})*|[IVX]{1,5}|[A-Za-z])[.)]?$/.test(cells.ordinal?.text ?? '') ? cells.ordinal!.text : '';
      // The header repeated on a new page: short labels, no number; a task whose words happen to name columns is kept.
      if (!number && columnsOf(texts) !== null && texts.every((t) => t.split(/\s+/).length <= 8)) return;
      const previous = drafts[drafts.length - 1];
      const single = filled.length === 1 ? filled[0] : null;
      if (single !== null && labelPlace && isGroupRow(single, number, previous, ctx)) {
        period = afterGroup(periodOfHeading(single, ctx), period) ?? period;
        group = single;
        return;
      }
      if (isRomanOrdinal(number) && !hasWorkCells(cells)) {
        period = periodOfHeading(cells.content?.text ?? '', ctx) ?? period;
        group = cells.content?.text ?? group;
        return;
      }
      // Only a page break splits a row: a DOCX table keeps its rows whole, and so does a scan's table rebuilt from
      // its ruling lines (where OCR may miss a row's number), so an unnumbered row there is a task of its own unless
      // its text plainly goes on with the row above. Anything in the number cell, even misread, starts a row.
      const rowsWhole = plan.source === 'docx' || plan.source === 'ocr';
      const cutByPage = !rowsWhole || /^\p{Ll}/u.test(cells.content?.text ?? '') || !cells.content?.text;
      if (previous && hasOrdinal && !number && !cells.ordinal?.text && cutByPage) {
        mergeInto(previous, cells, row);
        return;
      }
      if (!cells.content?.text) return;
      drafts.push({ printedNumber: number || null, cells, range: { start: row.start, end: row.end }, period, group });
    });
  });
  return drafts.map((d, i) => ({ ordinal: i + 1, ...d.range, printedNumber: d.printedNumber, cells: d.cells, period: d.period, group: d.group }));
}

function cellsByRole(columns: ColumnRole[], texts: string[], ranges: TextRange[]): Partial<Record<ColumnRole, CellText>> {
  const out: Partial<Record<ColumnRole, CellText>> = {};
  columns.forEach((role, i) => {
    const text = texts[i] ?? '';
    const range = ranges[i];
    if (!range) return;
    const current = out[role];
    if (!current) out[role] = { text, start: range.start, end: range.end };
    else if (text && range !== ranges[i - 1]) out[role] = { text: `${current.text}; ${text}`.replace(/^; /, ''), start: current.start, end: range.end };
  });
  return out;
}

/**
 * Quarter groups run in order, so a group naming the same quarter as the group just before it is the next
 * quarter misread (OCR drops a stroke of a bold "III").
 */
function afterGroup(found: Deadline | null, before: Deadline | null): Deadline | null {
  if (found?.kind !== 'quarter' || before?.kind !== 'quarter' || found.due !== before.due || !found.due) return found;
  const [year, month] = found.due.split('-').map(Number);
  return month < 12 ? { ...found, ...quarterPeriod(year, month / 3 + 1) } : found;
}

const hasWorkCells = (cells: Partial<Record<ColumnRole, CellText>>): boolean =>
  (['lead', 'support', 'direct', 'leadAndSupport', 'time'] as ColumnRole[]).some((r) => cells[r]?.text);

const isRomanOrdinal = (s: string): boolean => /^[IVX]+\.?$/.test(s.trim()) || /^[A-Z]\.?$/.test(s.trim());

const PERIOD_KINDS: ReadonlySet<DeadlineKind> = new Set(['quarter', 'half', 'month', 'year']);

function isGroupRow(text: string, number: string, previous: Draft | undefined, ctx: DeadlineContext): boolean {
  if (number && !isRomanOrdinal(number)) return false;
  if (isUpperCase(text) || markerOf(text).kind === 'roman' || isRomanOrdinal(number) || !previous) return true;
  // A fragment that goes on with the previous row's text is the rest of that row, cut by a page break.
  if (/^[\p{Ll}(]/u.test(text)) return false;
  const short = text.split(/\s+/).length <= 6;
  const period = periodOfHeading(text, ctx);
  if (short && period && PERIOD_KINDS.has(period.kind)) return true;
  const before = previous.cells.content?.text ?? '';
  return /[.;:!?]$/.test(before) && short;
}

function mergeInto(draft: Draft, cells: Partial<Record<ColumnRole, CellText>>, row: TableRow): void {
  for (const [role, cell] of Object.entries(cells) as [ColumnRole, CellText][]) {
    if (!cell.text) continue;
    const current = draft.cells[role];
    draft.cells[role] = current?.text
      ? { text: `${current.text} ${cell.text}`, start: current.start, end: cell.end }
      : cell;
  }
  draft.range = { start: draft.range.start, end: row.end };
}
