import type { PlanText } from '@plan-ledger/extraction';
import { PlanLedgerError } from '@plan-ledger/domain';
import { PlanTextBuilder } from '../plan-text-builder';
import { DEFAULT_OCR_BINARIES, type OcrBinaries, type OcrMode } from '../ocr/ocr-options';
import { ocrPdf, ocrUnavailableReason } from '../ocr/ocr-pdf';
import { openPdf, type PdfPage } from './pdf-document';
import { findPageFurniture } from './page-furniture';
import { LIST_MARKER, layOutPages, type LaidOutPage } from './pdf-layout';
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
  const letters = pages.reduce((sum, page) => sum + page.items.reduce((n, item) => n + countLetters(item.str), 0), 0);
  if (letters >= MIN_LETTERS_PER_PAGE * pages.length) return planTextFromLayer(pages);
  return readScan(bytes, pages.length, options);
}

const countLetters = (text: string): number => text.match(/\p{L}/gu)?.length ?? 0;

function planTextFromLayer(pages: PdfPage[]): PlanText {
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
  if (builder.isEmpty) throw new PlanLedgerError('DOCUMENT.NO_TEXT', 'no text found in the PDF');
  return builder.build('pdf', pages.length);
}

async function readScan(bytes: Uint8Array, pageCount: number, options: ReadPdfOptions): Promise<PlanText> {
  const binaries = options.ocrBinaries ?? DEFAULT_OCR_BINARIES;
  const unavailable = options.ocr === 'off' ? 'OCR is turned off' : await ocrUnavailableReason(binaries);
  if (unavailable) {
    throw new PlanLedgerError('DOCUMENT.NEEDS_OCR', `needs OCR: the PDF has no text layer (${unavailable})`);
  }
  const pageTexts = await ocrPdf(bytes, pageCount, binaries, options.signal);
  const builder = new PlanTextBuilder();
  pageTexts.forEach((text, i) => {
    for (const paragraph of ocrParagraphs(text)) {
      if (countLetters(paragraph) > 0) builder.paragraph(paragraph, { page: i + 1 });
    }
  });
  const letters = pageTexts.reduce((sum, text) => sum + countLetters(text), 0);
  if (builder.isEmpty || letters < MIN_LETTERS_PER_PAGE) {
    throw new PlanLedgerError('DOCUMENT.NO_TEXT', 'no text found (after OCR)');
  }
  return builder.build('ocr', pageCount);
}

/** tesseract separates blocks by blank lines; inside a block a line starting with a list marker starts a paragraph. */
function ocrParagraphs(text: string): string[] {
  return text.split(/\n\s*\n/).flatMap((block) =>
    block
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .reduce<string[]>((paragraphs, line) => {
        if (paragraphs.length === 0 || LIST_MARKER.test(line)) paragraphs.push(line);
        else paragraphs[paragraphs.length - 1] += ` ${line}`;
        return paragraphs;
      }, []),
  );
}
