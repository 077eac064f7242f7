import { findPageFurniture, type PageLines } from './page-furniture';
import type { TextLine } from './text-lines';

const HEIGHT = 842;
const line = (text: string, y: number): TextLine => ({
  text,
  y,
  size: 14,
  left: 85,
  right: 85 + text.length * 7,
  segments: [{ text, left: 85, right: 85 + text.length * 7 }],
});
const body = (n: number): TextLine[] => Array.from({ length: 5 }, (_, i) => line(`Nội dung trang ${n} dòng ${i}`, 200 + i * 20));
const page = (number: number, lines: TextLine[]): PageLines => ({ number, height: HEIGHT, lines });

describe('findPageFurniture', () => {
  it.each([
    ['a lone number at the top', '2', 50],
    ['a lone number at the bottom', '3', 810],
    ['"Trang 2"', 'Trang 2', 50],
    ['"- 2 -"', '- 2 -', 810],
    ['"2/9"', '2/9', 810],
  ])('drops %s', (_what, text, y) => {
    const number = line(text, y);
    const furniture = findPageFurniture([page(1, body(1)), page(2, y < HEIGHT / 2 ? [number, ...body(2)] : [...body(2), number])]);
    expect([...furniture]).toEqual([number]);
  });

  it('keeps a number in the middle of a page, and a list item at the top', () => {
    const middle = line('12', 400);
    const item = line('1. Mục đích', 50);
    expect(findPageFurniture([page(1, [item, ...body(1)]), page(2, [...body(2).slice(0, 2), middle, ...body(2).slice(2)])]).size).toBe(0);
  });

  it('drops a running header that recurs on most pages, whatever its page number', () => {
    const headers = [1, 2, 3, 4].map((n) => line(`Kế hoạch số 01/KH-UBND - trang ${n}`, 40));
    const pages = headers.map((header, i) => page(i + 1, [header, ...body(i + 1)]));
    expect([...findPageFurniture(pages)]).toEqual(headers);
  });
});
