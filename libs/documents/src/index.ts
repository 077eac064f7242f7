export { sniffDocumentType, type DocumentType } from './document-type';
export { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from './document-limits';
export { readPlanText, type ReadPlanTextOptions } from './read-plan-text';
export { planTextFromFile } from './plan-text-from-file';
export { DEFAULT_OCR_BINARIES, type OcrBinaries, type OcrMode } from './ocr/ocr-options';
export { isOcrAvailable } from './ocr/ocr-pdf';
