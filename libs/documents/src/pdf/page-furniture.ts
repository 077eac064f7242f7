import type { TextLine } from './text-lines';

export interface PageLines {
  number: number;
  height: number;
  lines: TextLine[];
}

/** Headers and footers live in the top and bottom bands of a page. */
const BAND = 0.12;
/** A line in a band that recurs (digits aside) on this share of pages is a running header or footer. */
const RECURRING_SHARE = 0.5;
const MIN_RECURRING_PAGES = 3;
const PAGE_NUMBER = /^(?:(?:trang|page)\s*)?[-–—(]?\s*(?:\d{1,4}|[ivxlc]{1,6})\s*(?:(?:\/|trên|of)\s*\d{1,4})?\s*[-–—)]?$/i;

const inBand = (line: TextLine, page: PageLines): boolean =>
  line.y < page.height * BAND || line.y > page.height * (1 - BAND);
const shape = (line: TextLine): string => line.text.replace(/\d+/g, '#').toLowerCase();

/**
 * Lines to drop from reading order: page numbers (a lone number, "Trang 2", "2/9") as the first or last
 * line of a page, inside its top or bottom band, and running headers/footers that recur on many pages.
 */
export function findPageFurniture(pages: PageLines[]): Set<TextLine> {
  const edges = pages.flatMap((page) => {
    const first = page.lines[0];
    const last = page.lines[page.lines.length - 1];
    return [first, last]
      .filter((line, i, both): line is TextLine => line !== undefined && both.indexOf(line) === i)
      .filter((line) => inBand(line, page))
      .map((line) => ({ line, page }));
  });
  const pagesByShape = new Map<string, Set<number>>();
  for (const { line, page } of edges) {
    const pageNumbers = pagesByShape.get(shape(line)) ?? new Set<number>();
    pageNumbers.add(page.number);
    pagesByShape.set(shape(line), pageNumbers);
  }
  const recurring = (line: TextLine): boolean =>
    (pagesByShape.get(shape(line))?.size ?? 0) >= Math.max(MIN_RECURRING_PAGES, pages.length * RECURRING_SHARE);
  return new Set(
    edges.filter(({ line }) => PAGE_NUMBER.test(line.text) || recurring(line)).map(({ line }) => line),
  );
}
