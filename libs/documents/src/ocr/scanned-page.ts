import type { Box, PdfPage, RuledTable, TextItem } from '../pdf/pdf-document';
import { deskew, estimateSkew } from './deskew';
import type { GreyImage } from './grey-image';
import type { OcrWord } from './hocr';
import { eraseFrames, gridOf, tableFrames } from './ruling-lines';

export interface LevelScan {
  /** The page turned level with its ruling lines erased: what tesseract reads. */
  forOcr: GreyImage;
  /** Tables drawn on the level page, in pixels. */
  tables: RuledTable[];
}

/** Words read with less confidence than this are speckle unless they hold a letter or digit. */
const SPECKLE_CONFIDENCE = 30;
/** What tesseract makes of a speck or of the gap beside an erased rule; no plan writes a word of these alone. */
const RULE_RESIDUE = /^[_~|¦‾]+$/;
const POINTS_PER_INCH = 72;

export function levelScan(scan: GreyImage): LevelScan {
  const level = deskew(scan, estimateSkew(scan));
  const frames = tableFrames(level);
  return {
    forOcr: eraseFrames(level, frames),
    tables: frames.map(gridOf).filter((table): table is RuledTable => table !== undefined),
  };
}

/**
 * The page as the PDF path sees a text layer: words as text items in points (y the baseline), tables as
 * ruled tables. Every word gets the page's usual line size: tesseract's per-line sizes wander by a point or
 * two, which the layout would read as font changes.
 */
export function pageOfScan(number: number, image: GreyImage, dpi: number, words: OcrWord[], tables: RuledTable[]): PdfPage {
  const scale = POINTS_PER_INCH / dpi;
  const kept = words.filter(
    (word) => (word.confidence >= SPECKLE_CONFIDENCE || /[\p{L}\p{N}]/u.test(word.text)) && !RULE_RESIDUE.test(word.text),
  );
  const size = (median(kept.map((word) => word.lineSize)) ?? 0) * scale;
  const items = kept.map(
    // Each item is a whole word: the trailing space keeps words apart where tesseract's boxes touch or overlap.
    (word): TextItem => ({ str: `${word.text} `, x: word.left * scale, y: word.baseline * scale, width: (word.right - word.left) * scale, size }),
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
