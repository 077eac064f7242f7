import type { Box, PdfPage, RuledTable, TextItem } from '../pdf/pdf-document';
import { INK, deskew, estimateSkew } from './deskew';
import { blankImage, type GreyImage } from './grey-image';
import type { OcrWord } from './hocr';
import { eraseFrames, gridOf, tableFrames } from './ruling-lines';

/** A table cell cut out of the level page, and where its image's origin lies on the page. */
export interface CellImage {
  image: GreyImage;
  left: number;
  top: number;
}

export interface LevelScan {
  /** The page turned level with its tables painted out: the running text tesseract reads as a page. */
  page: GreyImage;
  /**
   * The cells of its tables that hold ink, frame erased, each on a white margin: tesseract reads each as one
   * block, so text in narrow columns (row numbers) is kept and words are spaced as in their own column.
   */
  cells: CellImage[];
  /** Tables drawn on the level page, in pixels. */
  tables: RuledTable[];
}

/** Words read with less confidence than this are speckle unless they hold a letter or digit. */
const SPECKLE_CONFIDENCE = 30;
/** What tesseract makes of specks and of what is left of an erased rule, at either end of a word; plans never write these there. */
const RULE_RESIDUE = /^[_~|¦‾]+|[_~|¦‾]+$/g;
const POINTS_PER_INCH = 72;
/** Pixels of a cell's edge left out (what remains of its frame), and of white margin around the cut-out. */
const CELL_INSET = 4;
const CELL_MARGIN = 20;
/** A cell with fewer ink pixels holds specks, not text (a digit at 200 dpi has over a hundred). */
const MIN_CELL_INK = 40;

export function levelScan(scan: GreyImage): LevelScan {
  const level = deskew(scan, estimateSkew(scan));
  const frames = tableFrames(level);
  const tables = frames.map(gridOf).filter((table): table is RuledTable => table !== undefined);
  const erased = eraseFrames(level, frames);
  const page = { ...erased, pixels: new Uint8Array(erased.pixels) };
  for (const table of tables) paintWhite(page, table);
  const cells = tables
    .flatMap((table) => table.rows.flat())
    .map((cell) => cutOut(erased, cell))
    .filter((cell): cell is CellImage => cell !== undefined);
  return { page, cells, tables };
}

function paintWhite(image: GreyImage, box: Box): void {
  const [left, right] = [Math.max(0, Math.floor(box.left)), Math.min(image.width, Math.ceil(box.right) + 1)];
  for (let y = Math.max(0, Math.floor(box.top)); y <= Math.min(image.height - 1, Math.ceil(box.bottom)); y++) {
    image.pixels.fill(255, y * image.width + left, y * image.width + right);
  }
}

function cutOut(image: GreyImage, cell: Box): CellImage | undefined {
  const left = Math.ceil(cell.left) + CELL_INSET;
  const top = Math.ceil(cell.top) + CELL_INSET;
  const width = Math.floor(cell.right) - CELL_INSET - left;
  const height = Math.floor(cell.bottom) - CELL_INSET - top;
  if (width <= 0 || height <= 0) return undefined;
  const out = blankImage(width + 2 * CELL_MARGIN, height + 2 * CELL_MARGIN);
  let ink = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const value = image.pixels[(top + y) * image.width + left + x];
      out.pixels[(y + CELL_MARGIN) * out.width + x + CELL_MARGIN] = value;
      if (value < INK) ink++;
    }
  }
  return ink < MIN_CELL_INK ? undefined : { image: out, left: left - CELL_MARGIN, top: top - CELL_MARGIN };
}

/** Words read in a cut-out cell, moved to where the cell lies on the page. */
export const wordsOnPage = (words: OcrWord[], cell: CellImage): OcrWord[] =>
  words.map((word) => ({
    ...word,
    left: word.left + cell.left,
    right: word.right + cell.left,
    top: word.top + cell.top,
    bottom: word.bottom + cell.top,
    baseline: word.baseline + cell.top,
  }));

/**
 * The page as the PDF path sees a text layer: words as text items in points (y the baseline), tables as
 * ruled tables. Every word gets the page's usual line size: tesseract's per-line sizes wander by a point or
 * two, which the layout would read as font changes.
 */
export function pageOfScan(number: number, image: GreyImage, dpi: number, words: OcrWord[], tables: RuledTable[]): PdfPage {
  const scale = POINTS_PER_INCH / dpi;
  const kept = words
    .map((word) => ({ ...word, text: word.text.replace(RULE_RESIDUE, '') }))
    .filter((word) => word.text !== '' && (word.confidence >= SPECKLE_CONFIDENCE || /[\p{L}\p{N}]/u.test(word.text)));
  const size = (median(kept.map((word) => word.lineSize)) ?? 0) * scale;
  // Each item is a whole word: the trailing space keeps words apart where tesseract's boxes touch or overlap.
  const items = kept.map(
    (word): TextItem => ({
      str: `${word.text} `,
      x: word.left * scale,
      y: word.baseline * scale,
      width: (word.right - word.left) * scale,
      size,
    }),
  );
  const box = (b: Box): Box => ({ left: b.left * scale, top: b.top * scale, right: b.right * scale, bottom: b.bottom * scale });
  return {
    number,
    width: image.width * scale,
    height: image.height * scale,
    items,
    tables: tables.map((table) => ({ ...box(table), rows: table.rows.map((row) => row.map(box)) })),
  };
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
