import { vietnameseDate } from './labels';
import type { Cell, Table } from './tables';

const quote = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

const textOf = (cell: Cell): string => {
  if (cell === null) return '';
  if (typeof cell === 'object') return vietnameseDate(cell.date);
  return String(cell);
};

/**
 * RFC 4180 CSV with dates as dd/mm/yyyy, CRLF line ends and a UTF-8 byte-order mark, without which spreadsheet
 * programs read Vietnamese diacritics as mojibake.
 */
export function toCsv(table: Table): string {
  const lines = [table.headers, ...table.rows.map((row) => row.map(textOf))].map((cells) => cells.map((c) => quote(String(c))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
