import type { CellInput } from '../plan-text-builder';
import type { Box, RuledTable, TextItem } from './pdf-document';
import { groupLines, joinWrappedLines } from './text-lines';

export interface TableRowsOnPage {
  box: Box;
  /** Left edges of the columns, to recognise the same table continued on the next page. */
  columns: number[];
  rows: CellInput[][];
}

/** Where the eye reads a glyph run: a little above its baseline. */
const centreY = (item: TextItem): number => item.y - item.size * 0.3;
const centreX = (item: TextItem): number => item.x + Math.min(item.width, item.size) / 2;
const contains = (box: Box, x: number, y: number): boolean =>
  x >= box.left - 1 && x <= box.right + 1 && y >= box.top - 1 && y <= box.bottom + 1;

/**
 * Fills ruled tables with the page's text items. Returns the tables (a frame around a single cell is not a
 * table: its text stays in the flow) and the items left for paragraphs. A cell's lines are joined with a
 * space; a row whose only text overflows its first cell into empty neighbours is a merged group row.
 */
export function fillRuledTables(tables: RuledTable[], items: TextItem[]): { tables: TableRowsOnPage[]; rest: TextItem[] } {
  const real = tables.filter((table) => table.rows.some((row) => row.length >= 2));
  const inCells = new Map<Box, TextItem[]>();
  const rest: TextItem[] = [];
  for (const item of items) {
    const cell = real
      .filter((table) => contains(table, centreX(item), centreY(item)))
      .flatMap((table) => table.rows.flat())
      .find((box) => contains(box, centreX(item), centreY(item)));
    if (cell) inCells.set(cell, [...(inCells.get(cell) ?? []), item]);
    else rest.push(item);
  }
  const filled = real
    .map((table) => ({
      box: table,
      columns: columnEdges(table),
      rows: table.rows.map((row) => mergeOverflow(row, inCells)),
    }))
    .filter((table) => table.rows.some((row) => row.some((cell) => cell.text !== '')));
  return { tables: filled, rest };
}

function columnEdges(table: RuledTable): number[] {
  const widest = table.rows.reduce((best, row) => (row.length > best.length ? row : best), table.rows[0] ?? []);
  return widest.map((cell) => cell.left);
}

function cellText(items: TextItem[] | undefined): string {
  return items ? joinWrappedLines(groupLines(items).map((line) => line.text)) : '';
}

function mergeOverflow(row: Box[], inCells: Map<Box, TextItem[]>): CellInput[] {
  const cells: CellInput[] = row.map((box) => ({ text: cellText(inCells.get(box)) }));
  const first = inCells.get(row[0]);
  const overflows = first !== undefined && Math.max(...first.map((item) => item.x + item.width)) > row[0].right + 1;
  if (row.length > 1 && overflows && cells.slice(1).every((cell) => cell.text === '')) {
    return [{ text: cells[0].text, colSpan: row.length }];
  }
  return cells;
}
