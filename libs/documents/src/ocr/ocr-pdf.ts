import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { PlanLedgerError } from '@plan-ledger/domain';
import { DEFAULT_OCR_BINARIES, type OcrBinaries } from './ocr-options';

const run = promisify(execFile);

/** Measured here: 200 dpi TIFF reads as well as 300 dpi, and PNG output costs twice the time. */
const RESOLUTION_DPI = '200';
const LANGUAGE = 'vie';
/** tesseract's own threading is 6–7× slower on shared cores than one single-threaded process per core. */
const OCR_ENV = { ...process.env, OMP_THREAD_LIMIT: '1' };
const MAX_OUTPUT = 16 * 1024 * 1024;

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
 * OCR of every page: rasterised by pdftoppm, read by tesseract, one page per core at a time, in a temporary
 * directory removed afterwards. The signal (the read's time limit) kills the running programs.
 */
export async function ocrPdf(bytes: Uint8Array, pageCount: number, binaries: OcrBinaries, signal: AbortSignal): Promise<string[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'plan-ledger-ocr-'));
  try {
    const input = path.join(dir, 'input.pdf');
    await writeFile(input, bytes);
    const texts: string[] = new Array(pageCount);
    let next = 1;
    const worker = async (): Promise<void> => {
      for (let page = next++; page <= pageCount; page = next++) {
        texts[page - 1] = await ocrPage(input, page, path.join(dir, `page-${page}`), binaries, signal);
      }
    };
    const workers = Math.max(1, Math.min(os.availableParallelism(), pageCount));
    await Promise.all(Array.from({ length: workers }, worker));
    return texts;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function ocrPage(input: string, page: number, prefix: string, binaries: OcrBinaries, signal: AbortSignal): Promise<string> {
  const pageArg = String(page);
  try {
    await run(binaries.pdftoppm, ['-tiff', '-r', RESOLUTION_DPI, '-gray', '-f', pageArg, '-l', pageArg, '-singlefile', input, prefix], { signal });
    const { stdout } = await run(binaries.tesseract, [`${prefix}.tif`, '-', '-l', LANGUAGE], {
      env: OCR_ENV,
      signal,
      maxBuffer: MAX_OUTPUT,
    });
    return stdout.normalize('NFC');
  } catch (err) {
    if (signal.aborted) throw new PlanLedgerError('DOCUMENT.TIMEOUT', 'OCR took longer than the time limit');
    throw new PlanLedgerError('DOCUMENT.CORRUPT', `damaged PDF: page ${page} could not be read for OCR (${(err as Error).message})`);
  }
}
