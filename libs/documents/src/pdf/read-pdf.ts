import type { PlanText } from '@plan-ledger/extraction';
import { PlanLedgerError } from '@plan-ledger/domain';
import { PlanTextBuilder } from '../plan-text-builder';
import { DEFAULT_OCR_BINARIES, type OcrBinaries, type OcrMode } from '../ocr/ocr-options';
import { ocrPdf, ocrUnavailableReason } from '../ocr/ocr-pdf';
import { openPdf, type PdfPage } from './pdf-document';
import { findPageFurniture } from './page-furniture';
import { layOutPages, type LaidOutPage } from './pdf-layout';
import { fillRuledTables } from './ruled-tables';
import { groupLines } from './text-lines';

export interface ReadPdfOptions {
  maxPages: number;
  ocr: OcrMode;
  ocrBinaries?: OcrBinaries;
  signal: AbortSignal;
}

/** A text layer with fewer letters than this per page is a scan (at most a stamp or page number on it). */
const MIN_LETTERS_PER_PAGE = 20;

export async function readPdf(bytes: Uint8Array, options: ReadPdfOptions): Promise<PlanText> {
  const pdf = await openPdf(bytes);
  let pages: PdfPage[];
  try {
    if (pdf.pageCount > options.maxPages) {
      throw new PlanLedgerError(
        'DOCUMENT.TOO_MANY_PAGES',
        `the PDF has ${pdf.pageCount} pages, more than the limit of ${options.maxPages}`,
        { pages: pdf.pageCount, maxPages: options.maxPages },
      );
    }
    pages = [];
    for (let number = 1; number <= pdf.pageCount; number++) {
      if (options.signal.aborted) throw new PlanLedgerError('DOCUMENT.TIMEOUT', 'reading the PDF timed out');
      pages.push(await pdf.readPage(number));
    }
  } finally {
    await pdf.close();
  }
  if (lettersOn(pages) >= MIN_LETTERS_PER_PAGE * pages.length) return planTextOfPages(pages, 'pdf');
  return readScan(bytes, pages.length, options);
}

const countLetters = (text: string): number => text.match(/\p{L}/gu)?.length ?? 0;
const lettersOn = (pages: PdfPage[]): number =>
  pages.reduce((sum, page) => sum + page.items.reduce((n, item) => n + countLetters(item.str), 0), 0);

/** Positioned text (a PDF's text layer, or OCR words in the same shape) -> PlanText, laid out the same way. */
function planTextOfPages(pages: PdfPage[], source: 'pdf' | 'ocr'): PlanText {
  const filled = pages.map((page) => {
    const { tables, rest } = fillRuledTables(page.tables, page.items);
    return { number: page.number, height: page.height, lines: groupLines(rest), tables };
  });
  const furniture = findPageFurniture(filled);
  const laidOut: LaidOutPage[] = filled.map((page) => ({
    number: page.number,
    lines: page.lines.filter((line) => !furniture.has(line)),
    tables: page.tables,
  }));
  const builder = new PlanTextBuilder();
  layOutPages(laidOut, builder);
  if (builder.isEmpty) throw new PlanLedgerError('DOCUMENT.NO_TEXT', source === 'ocr' ? 'no text found (after OCR)' : 'no text found in the PDF');
  return builder.build(source, pages.length);
}

async function readScan(bytes: Uint8Array, pageCount: number, options: ReadPdfOptions): Promise<PlanText> {
  const binaries = options.ocrBinaries ?? DEFAULT_OCR_BINARIES;
  const unavailable = options.ocr === 'off' ? 'OCR is turned off' : await ocrUnavailableReason(binaries);
  if (unavailable) {
    throw new PlanLedgerError('DOCUMENT.NEEDS_OCR', `needs OCR: the PDF has no text layer (${unavailable})`);
  }
  const pages = await ocrPdf(bytes, pageCount, binaries, options.signal);
  // Speckle read as a few stray characters is not a plan.
  if (lettersOn(pages) < MIN_LETTERS_PER_PAGE) throw new PlanLedgerError('DOCUMENT.NO_TEXT', 'no text found (after OCR)');
  return planTextOfPages(pages, 'ocr');
}
