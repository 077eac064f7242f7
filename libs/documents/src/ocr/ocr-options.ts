export type OcrMode = 'auto' | 'off';

/** Paths (or names on PATH) of the OCR programs. */
export interface OcrBinaries {
  pdftoppm: string;
  tesseract: string;
}

export const DEFAULT_OCR_BINARIES: Readonly<OcrBinaries> = Object.freeze({ pdftoppm: 'pdftoppm', tesseract: 'tesseract' });
