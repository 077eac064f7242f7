import ExcelJS from 'exceljs';
import { utcDay } from './labels';
import type { Cell, Table } from './tables';

const valueOf = (cell: Cell): ExcelJS.CellValue => (cell !== null && typeof cell === 'object' ? utcDay(cell.date) : cell);

/** One sheet per table: bold frozen header row, dates as real date cells shown dd/mm/yyyy. */
export async function toXlsx(tables: Table[], meta: { created: string }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'plan-ledger';
  // The report's own date, not the clock: the same report gives the same workbook.
  workbook.created = new Date(meta.created);
  workbook.modified = workbook.created;
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(table.headers).font = { bold: true };
    for (const row of table.rows) {
      const added = sheet.addRow(row.map(valueOf));
      row.forEach((cell, i) => {
        if (cell !== null && typeof cell === 'object') added.getCell(i + 1).numFmt = 'dd/mm/yyyy';
      });
    }
    table.headers.forEach((header, i) => (sheet.getColumn(i + 1).width = Math.min(60, Math.max(12, header.length + 2))));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
