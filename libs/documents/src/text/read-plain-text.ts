import type { PlanText } from '@plan-ledger/extraction';
import { PlanLedgerError } from '@plan-ledger/domain';
import { PlanTextBuilder, type RowInput } from '../plan-text-builder';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeUtf8(bytes: Uint8Array): string {
  try {
    // ignoreBOM: false makes the decoder drop a leading UTF-8 BOM.
    return decoder.decode(bytes);
  } catch {
    throw new PlanLedgerError('DOCUMENT.UNSUPPORTED_TYPE', 'the content is not a PDF, DOCX or text (invalid UTF-8)');
  }
}

/**
 * Plain text as plans arrive by e-mail or copy-paste: blank lines separate paragraphs, tab-separated lines
 * are table rows. Markup leftovers are kept: the extraction engine repairs them with the context it has.
 */
export function readPlainText(bytes: Uint8Array): PlanText {
  const lines = decodeUtf8(bytes).replace(/\r\n?/g, '\n').split('\n');
  const builder = new PlanTextBuilder();
  let paragraph: string[] = [];
  let table: RowInput[] = [];

  const flushParagraph = (): void => {
    builder.paragraph(paragraph.join('\n'));
    paragraph = [];
  };
  const flushTable = (): void => {
    builder.table(table);
    table = [];
  };

  for (const line of lines) {
    if (line.includes('\t')) {
      flushParagraph();
      const cells = line.split('\t').map((text) => ({ text }));
      // A blank line between rows of the same width is a page break inside the table, not its end.
      if (table.length > 0 && cells.length !== table[0].cells.length) flushTable();
      table.push({ cells });
    } else if (line.trim() === '') {
      flushParagraph();
    } else {
      flushTable();
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushTable();

  if (builder.isEmpty) throw new PlanLedgerError('DOCUMENT.NO_TEXT', 'no text found');
  return builder.build('text');
}
