import type { PlanBlock, PlanText, TableCell, TableRow } from '@plan-ledger/extraction';

export interface CellInput {
  text: string;
  colSpan?: number;
}

export interface RowInput {
  cells: CellInput[];
  page?: number;
}

export interface ParagraphOptions {
  page?: number;
  style?: string;
}

export interface TableOptions {
  page?: number;
  rebuilt?: boolean;
}

const BLOCK_SEPARATOR = '\n\n';

/**
 * Paragraph text may keep single line breaks (a soft break in the source) but never a blank line, which
 * separates blocks, nor a tab, which separates table cells.
 */
export const cleanParagraphText = (text: string): string =>
  text
    .normalize('NFC')
    .replace(/[\t\u00a0\u2007\u202f]/g, ' ')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');

/** A cell is one line of one column: tabs and newlines would shift cells and rows. */
export const cleanCellText = (text: string): string =>
  text
    .normalize('NFC')
    .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
    .trim();

/**
 * Builds `text` and `blocks` together so every range is right by construction: each block's content is
 * appended once, and its range is read from the string's length before and after.
 */
export class PlanTextBuilder {
  private text = '';
  private readonly blocks: PlanBlock[] = [];

  get isEmpty(): boolean {
    return this.blocks.length === 0;
  }

  paragraph(raw: string, options: ParagraphOptions = {}): void {
    const content = cleanParagraphText(raw);
    if (content === '') return;
    const start = this.openBlock();
    this.text += content;
    this.blocks.push({ kind: 'paragraph', start, end: this.text.length, ...definedOnly(options) });
  }

  table(rawRows: RowInput[], options: TableOptions = {}): void {
    const rows = rawRows
      .map((row) => ({ ...row, cells: row.cells.map((cell) => ({ ...cell, text: cleanCellText(cell.text) })) }))
      .filter((row) => row.cells.some((cell) => cell.text !== ''));
    if (rows.length === 0) return;
    const start = this.openBlock();
    const builtRows: TableRow[] = rows.map((row, rowIndex) => {
      if (rowIndex > 0) this.text += '\n';
      const rowStart = this.text.length;
      const cells: TableCell[] = row.cells.map((cell, cellIndex) => {
        if (cellIndex > 0) this.text += '\t';
        const cellStart = this.text.length;
        this.text += cell.text;
        const built: TableCell = { start: cellStart, end: this.text.length };
        if (cell.colSpan !== undefined && cell.colSpan > 1) built.colSpan = cell.colSpan;
        return built;
      });
      return { start: rowStart, end: this.text.length, cells, ...definedOnly({ page: row.page }) };
    });
    this.blocks.push({ kind: 'table', start, end: this.text.length, rows: builtRows, ...definedOnly(options) });
  }

  build(source: PlanText['source'], pages?: number): PlanText {
    return { text: this.text, blocks: this.blocks, source, ...definedOnly({ pages }) };
  }

  private openBlock(): number {
    if (this.text !== '') this.text += BLOCK_SEPARATOR;
    return this.text.length;
  }
}

const definedOnly = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
