import { PlanLedgerError } from '@plan-ledger/domain';

/** Bounds on one read, so a hostile or huge file cannot exhaust memory, disk or time. */
export interface DocumentLimits {
  /** Size of the uploaded bytes. */
  maxBytes: number;
  /** Pages of a PDF (text layer or scanned). */
  maxPages: number;
  /** Inflated size of the DOCX XML parts (word/document.xml and the parts mammoth reads), checked before inflating. */
  maxUnpackedBytes: number;
  /** Wall-clock time for the whole read, OCR included. */
  timeoutMs: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_DOCUMENT_LIMITS: Readonly<DocumentLimits> = Object.freeze({
  maxBytes: 50 * MiB,
  maxPages: 500,
  maxUnpackedBytes: 200 * MiB,
  timeoutMs: 60_000,
});

export const resolveLimits = (limits?: Partial<DocumentLimits>): DocumentLimits => ({
  ...DEFAULT_DOCUMENT_LIMITS,
  ...limits,
});

export function assertWithinMaxBytes(size: number, maxBytes: number): void {
  if (size > maxBytes) {
    throw new PlanLedgerError('DOCUMENT.TOO_LARGE', `file too large (${size} bytes, limit ${maxBytes})`, {
      bytes: size,
      maxBytes,
    });
  }
}
