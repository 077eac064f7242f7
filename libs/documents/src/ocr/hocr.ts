/** A word as tesseract read it, in pixels of the image it was given. */
export interface OcrWord {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** tesseract's confidence, 0–100. */
  confidence: number;
  /** The line's baseline below the word's middle. */
  baseline: number;
  /** The line's height from descender to ascender (tesseract's x_size): the font size in pixels. */
  lineSize: number;
  /** Which of the images given to tesseract (0-based, in order) the word is on. */
  image: number;
}

interface LineGeometry {
  left: number;
  bottom: number;
  slope: number;
  offset: number;
  size: number;
}

const ELEMENT = /<(?:span|div) class='(ocr_page|ocr_line|ocr_textfloat|ocr_header|ocr_caption|ocrx_word)'[^>]*?title=(['"])(.*?)\2[^>]*>([^]*?)(?=<span|<\/span>|<div|<\/div>)/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const numbers = (title: string, property: string): number[] =>
  new RegExp(`(?:^|;)\\s*${property}((?:\\s+-?[\\d.]+)+)`).exec(title)?.[1].trim().split(/\s+/).map(Number) ?? [];

const decode = (html: string): string =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (entity, name: string) =>
      name.startsWith('#x') || name.startsWith('#X')
        ? String.fromCodePoint(parseInt(name.slice(2), 16))
        : name.startsWith('#')
          ? String.fromCodePoint(Number(name.slice(1)))
          : (ENTITIES[name] ?? entity));

/** The words of tesseract's hOCR output (one page per image it read), each with the baseline and size of its line. */
export function wordsOfHocr(hocr: string): OcrWord[] {
  const words: OcrWord[] = [];
  let line: LineGeometry | undefined;
  let image = -1;
  for (const [, kind, , title, content] of hocr.matchAll(ELEMENT)) {
    const [left, top, right, bottom] = numbers(title, 'bbox');
    if (kind === 'ocr_page') {
      image++;
      line = undefined;
      continue;
    }
    if (kind !== 'ocrx_word') {
      const [slope = 0, offset = 0] = numbers(title, 'baseline');
      line = { left, bottom, slope, offset, size: numbers(title, 'x_size')[0] ?? bottom - top };
      continue;
    }
    const text = decode(content).normalize('NFC').trim();
    if (text === '' || !line) continue;
    const middle = (left + right) / 2;
    words.push({
      text,
      left,
      top,
      right,
      bottom,
      confidence: numbers(title, 'x_wconf')[0] ?? 0,
      baseline: line.bottom + line.offset + line.slope * (middle - line.left),
      lineSize: line.size,
      image: Math.max(0, image),
    });
  }
  return words;
}
