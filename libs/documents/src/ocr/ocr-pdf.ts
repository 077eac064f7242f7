import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { PlanLedgerError } from '@plan-ledger/domain';
import type { PdfPage } from '../pdf/pdf-document';
import { readPgm, writePgm } from './grey-image';
import { wordsOfHocr, type OcrWord } from './hocr';
import { DEFAULT_OCR_BINARIES, type OcrBinaries } from './ocr-options';
import { levelScan, pageOfScan, wordsOnPage } from './scanned-page';

const run = promisify(execFile);

/** Measured here: 200 dpi reads as well as 300 dpi at half the time. */
const RESOLUTION_DPI = 200;
const LANGUAGE = 'vie';
/** tesseract page segmentation: the page's running text by its own layout analysis, a table cell as one block. */
const AUTOMATIC_LAYOUT = '3';
const SINGLE_BLOCK = '6';
/** tesseract's own threading is 6–7× slower on shared cores than one single-threaded process per core. */
const OCR_ENV = { ...process.env, OMP_THREAD_LIMIT: '1' };
const MAX_OUTPUT = 64 * 1024 * 1024;

const availability = new Map<string, Promise<string | undefined>>();

/** Why OCR cannot run with these binaries (missing program, no Vietnamese data), or undefined when it can. */
export function ocrUnavailableReason(binaries: OcrBinaries): Promise<string | undefined> {
  const key = `${binaries.pdftoppm}\0${binaries.tesseract}`;
  let reason = availability.get(key);
  if (!reason) {
    reason = checkBinaries(binaries);
    availability.set(key, reason);
  }
  return reason;
}

async function checkBinaries(binaries: OcrBinaries): Promise<string | undefined> {
  try {
    await run(binaries.pdftoppm, ['-v']);
  } catch {
    return `${binaries.pdftoppm} is not installed`;
  }
  try {
    const { stdout } = await run(binaries.tesseract, ['--list-langs'], { env: OCR_ENV });
    return stdout.split(/\s+/).includes(LANGUAGE) ? undefined : `tesseract has no "${LANGUAGE}" language data`;
  } catch {
    return `${binaries.tesseract} is not installed`;
  }
}

export const isOcrAvailable = async (binaries: OcrBinaries = DEFAULT_OCR_BINARIES): Promise<boolean> =>
  (await ocrUnavailableReason(binaries)) === undefined;

/**
 * OCR of every page into positioned words and ruled tables, the shape of a PDF text layer: rasterised by
 * pdftoppm, turned level and its tables found here, then read by tesseract (hOCR: words with boxes), the
 * running text as a page and the table cells in one more run, one page per core at a time, in a temporary
 * directory removed afterwards. The signal (the read's time limit) kills the running programs.
 */
export async function ocrPdf(bytes: Uint8Array, pageCount: number, binaries: OcrBinaries, signal: AbortSignal): Promise<PdfPage[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'plan-ledger-ocr-'));
  try {
    const input = path.join(dir, 'input.pdf');
    await writeFile(input, bytes);
    const pages: PdfPage[] = new Array(pageCount);
    let next = 1;
    const worker = async (): Promise<void> => {
      for (let page = next++; page <= pageCount; page = next++) {
        pages[page - 1] = await ocrPage(input, page, path.join(dir, `page-${page}`), binaries, signal);
      }
    };
    const workers = Math.max(1, Math.min(os.availableParallelism(), pageCount));
    await Promise.all(Array.from({ length: workers }, worker));
    return pages;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function ocrPage(input: string, page: number, prefix: string, binaries: OcrBinaries, signal: AbortSignal): Promise<PdfPage> {
  const pageArg = String(page);
  const dpi = String(RESOLUTION_DPI);
  const tesseract = async (image: string, layout: string): Promise<OcrWord[]> => {
    const { stdout } = await run(binaries.tesseract, [image, '-', '-l', LANGUAGE, '--dpi', dpi, '--psm', layout, 'hocr'], {
      env: OCR_ENV,
      signal,
      maxBuffer: MAX_OUTPUT,
    });
    return wordsOfHocr(stdout);
  };
  try {
    await run(binaries.pdftoppm, ['-gray', '-r', dpi, '-f', pageArg, '-l', pageArg, '-singlefile', input, prefix], { signal });
    const scan = levelScan(readPgm(await readFile(`${prefix}.pgm`)));
    await writeFile(`${prefix}-level.pgm`, writePgm(scan.page));
    const words = await tesseract(`${prefix}-level.pgm`, AUTOMATIC_LAYOUT);
    if (scan.cells.length > 0) {
      // One tesseract run reads every cell: it takes a list of images, one per line.
      const cellFiles = scan.cells.map((_, i) => `${prefix}-cell-${i}.pgm`);
      await Promise.all(scan.cells.map((cell, i) => writeFile(cellFiles[i], writePgm(cell.image))));
      await writeFile(`${prefix}-cells.txt`, `${cellFiles.join('\n')}\n`);
      const cellWords = await tesseract(`${prefix}-cells.txt`, SINGLE_BLOCK);
      scan.cells.forEach((cell, i) => words.push(...wordsOnPage(cellWords.filter((word) => word.image === i), cell)));
    }
    return pageOfScan(page, scan.page, RESOLUTION_DPI, words, scan.tables);
  } catch (err) {
    if (signal.aborted) throw new PlanLedgerError('DOCUMENT.TIMEOUT', 'OCR took longer than the time limit');
    throw new PlanLedgerError('DOCUMENT.CORRUPT', `damaged PDF: page ${page} could not be read for OCR (${(err as Error).message})`);
  }
}
