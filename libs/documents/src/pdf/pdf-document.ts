import type { PDFParse } from 'pdf-parse';
import { PlanLedgerError, isPlanLedgerError } from '@plan-ledger/domain';

/** A run of text as pdf.js gives it, in page coordinates with y growing downwards (y is the baseline). */
export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A table drawn with ruling lines: its cells, row by row, from pdf-parse's line detector. */
export interface RuledTable extends Box {
  rows: Box[][];
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  items: TextItem[];
  tables: RuledTable[];
}

/**
 * The parts of pdf-parse 2.4 (pinned) used here that its typings mark private: the pdf.js document, for
 * text items with positions (getText() returns strings only), and the ruling-line table detector behind
 * getTable(), for cell geometry (getTable() returns cell strings only, without where the table is).
 */
interface PdfParseInternals {
  load(): Promise<PdfJsDocument>;
  getPageTables(page: PdfJsPage): Promise<{ normalize(): void; getTableData(): PdfParseTableData[] }>;
}
interface PdfJsDocument {
  numPages: number;
  getPage(number: number): Promise<PdfJsPage>;
}
interface PdfJsPage {
  getViewport(options: { scale: number }): { width: number; height: number };
  getTextContent(): Promise<{ items: Array<{ str?: string; transform?: number[]; width?: number }> }>;
  cleanup(): void;
}
interface PdfParseTableData {
  minXY: { x: number; y: number };
  maxXY: { x: number; y: number };
  rows: Array<Array<{ minXY: { x: number; y: number }; maxXY: { x: number; y: number } }>>;
}

export interface PdfDocument {
  pageCount: number;
  readPage(number: number): Promise<PdfPage>;
  close(): Promise<void>;
}

/** pdf.js (with its canvas binding) is loaded with the first PDF: a service that is sent none never pays for it. */
let pdfParse: Promise<typeof PDFParse> | undefined;
const loadPdfParse = (): Promise<typeof PDFParse> => (pdfParse ??= import('pdf-parse').then((module) => module.PDFParse));

export async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  const PdfParser = await loadPdfParse();
  // pdf.js takes ownership of (detaches) the array it is given, so it gets a copy.
  const parser = new PdfParser({ data: new Uint8Array(bytes) });
  const internals = parser as unknown as PdfParseInternals;
  let doc: PdfJsDocument;
  try {
    doc = await internals.load();
  } catch (err) {
    await parser.destroy().catch(() => undefined);
    throw pdfError(err);
  }
  return {
    pageCount: doc.numPages,
    readPage: async (number) => {
      try {
        const page = await doc.getPage(number);
        const pdfPage = await readPage(internals, page, number);
        page.cleanup();
        return pdfPage;
      } catch (err) {
        throw pdfError(err);
      }
    },
    close: () => parser.destroy(),
  };
}

async function readPage(internals: PdfParseInternals, page: PdfJsPage, number: number): Promise<PdfPage> {
  const { width, height } = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items: TextItem[] = [];
  for (const item of content.items) {
    if (!item.str || !item.transform) continue;
    const [a, b, , d, e, f] = item.transform;
    items.push({
      str: item.str,
      x: e,
      y: height - f,
      width: item.width ?? 0,
      size: Math.abs(d) || Math.hypot(a, b) || 1,
    });
  }
  const lineStore = await internals.getPageTables(page);
  lineStore.normalize();
  const tables = lineStore.getTableData().map(
    (table): RuledTable => ({
      left: table.minXY.x,
      top: table.minXY.y,
      right: table.maxXY.x,
      bottom: table.maxXY.y,
      rows: table.rows.map((row) =>
        row.map((cell) => ({ left: cell.minXY.x, top: cell.minXY.y, right: cell.maxXY.x, bottom: cell.maxXY.y })),
      ),
    }),
  );
  return { number, width, height, items, tables };
}

function pdfError(err: unknown): PlanLedgerError {
  if (isPlanLedgerError(err)) return err;
  const name = (err as Error)?.name ?? '';
  const message = (err as Error)?.message ?? String(err);
  if (name === 'PasswordException') {
    return new PlanLedgerError('DOCUMENT.ENCRYPTED', 'the PDF is password-protected: upload it without a password');
  }
  return new PlanLedgerError('DOCUMENT.CORRUPT', `damaged PDF: ${message}`);
}
