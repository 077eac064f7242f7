import type { PlanText } from '@plan-ledger/extraction';
import { PlanLedgerError } from '@plan-ledger/domain';
import { assertWithinMaxBytes, resolveLimits, type DocumentLimits } from './document-limits';
import { sniffDocumentType } from './document-type';
import { readDocx } from './docx/read-docx';
import { readPdf } from './pdf/read-pdf';
import type { OcrBinaries, OcrMode } from './ocr/ocr-options';
import { readPlainText } from './text/read-plain-text';

export interface ReadPlanTextOptions {
  limits?: Partial<DocumentLimits>;
  /** 'auto' (default): OCR a PDF without a text layer when pdftoppm and tesseract are installed. */
  ocr?: OcrMode;
  ocrBinaries?: OcrBinaries;
}

/**
 * Bytes of a PDF, DOCX or UTF-8 text -> PlanText. The type comes from the content, never the file name.
 * Every refusal is a PlanLedgerError with a DOCUMENT.* code; a PlanText is never empty.
 */
export async function readPlanText(bytes: Uint8Array, options: ReadPlanTextOptions = {}): Promise<PlanText> {
  const limits = resolveLimits(options.limits);
  assertWithinMaxBytes(bytes.length, limits.maxBytes);
  const type = sniffDocumentType(bytes);
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abort.abort();
      reject(new PlanLedgerError('DOCUMENT.TIMEOUT', `reading the document took longer than ${limits.timeoutMs} ms`));
    }, limits.timeoutMs);
  });
  const read = async (): Promise<PlanText> => {
    switch (type) {
      case 'docx':
        return readDocx(bytes, limits.maxUnpackedBytes);
      case 'pdf':
        return readPdf(bytes, { maxPages: limits.maxPages, ocr: options.ocr ?? 'auto', ocrBinaries: options.ocrBinaries, signal: abort.signal });
      case 'text':
        return readPlainText(bytes);
    }
  };
  try {
    return await Promise.race([read(), timeout]);
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
}
