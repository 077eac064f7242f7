import type { OcrWord } from './hocr';
import { levelScan, pageOfScan, wordsOnPage } from './scanned-page';
import { fillRect, horizontal, inkAt, vertical, whitePage } from './testing/draw';

const word = (text: string, left: number, confidence = 95, lineSize = 36): OcrWord => ({
  text,
  left,
  top: 100,
  right: left + 50,
  bottom: 136,
  confidence,
  baseline: 130,
  lineSize,
  image: 0,
});
const image = { width: 1000, height: 2000, pixels: new Uint8Array(0) };

describe('pageOfScan', () => {
  it('places words as text items in points, each with the page\'s usual line size', () => {
    const page = pageOfScan(3, image, 200, [word('Văn', 200, 95, 34), word('phòng', 300, 95, 36), word('Sở', 400, 95, 50)], []);
    expect(page).toMatchObject({ number: 3, width: 360, height: 720 });
    expect(page.items).toEqual([
      { str: 'Văn ', x: 72, y: 46.8, width: 18, size: expect.closeTo(12.96, 6) },
      { str: 'phòng ', x: 108, y: 46.8, width: 18, size: expect.closeTo(12.96, 6) },
      { str: 'Sở ', x: 144, y: 46.8, width: 18, size: expect.closeTo(12.96, 6) },
    ]);
  });

  it.each([
    ['speckle read with low confidence', [word('®', 100, 12)], []],
    ['a low-confidence word that has letters', [word('Sở', 100, 12)], ['Sở ']],
    ['a bullet read with confidence', [word('-', 100, 90)], ['- ']],
    ['what is left of an erased rule', [word('|', 100, 90), word('__', 200, 80)], []],
    ['a rule stuck to a word', [word('UBND_', 100, 90), word('|Văn', 200, 90)], ['UBND ', 'Văn ']],
  ])('%s', (_, words, kept) => {
    expect(pageOfScan(1, image, 200, words, []).items.map((item) => item.str)).toEqual(kept);
  });

  it('gives the ruled tables in points', () => {
    const cell = { left: 100, top: 200, right: 300, bottom: 400 };
    const page = pageOfScan(1, image, 200, [], [{ ...cell, rows: [[cell]] }]);
    expect(page.tables).toEqual([{ left: 36, top: 72, right: 108, bottom: 144, rows: [[{ left: 36, top: 72, right: 108, bottom: 144 }]] }]);
  });
});

describe('levelScan', () => {
  /** A level page: a line of text above a 2×2 ruled table with ink in two of its cells. */
  function scan() {
    const page = whitePage(1000, 600);
    fillRect(page, 100, 50, 400, 80);
    for (const y of [200, 300, 400]) horizontal(page, y, 100, 900);
    for (const x of [100, 300, 900]) vertical(page, x, 200, 400);
    fillRect(page, 150, 240, 170, 270);
    fillRect(page, 350, 330, 600, 360);
    fillRect(page, 700, 250, 701, 251); // a speck
    return levelScan(page);
  }

  it('finds the table and paints it out of the page, leaving the running text', () => {
    const { page, tables } = scan();
    expect(tables.map((table) => table.rows.map((row) => row.length))).toEqual([[2, 2]]);
    expect([inkAt(page, 200, 60), inkAt(page, 160, 250), inkAt(page, 500, 300)]).toEqual([true, false, false]);
  });

  it('cuts out the cells that hold ink, frame erased, and places words read in them back on the page', () => {
    const { cells } = scan();
    expect(cells.map((cell) => [cell.left, cell.top])).toEqual([[84, 184], [284, 284]]);
    const [first] = cells;
    expect(inkAt(first.image, 160 - first.left, 250 - first.top)).toBe(true);
    expect(inkAt(first.image, 101 - first.left, 250 - first.top)).toBe(false);
    expect(wordsOnPage([word('1.', 60)], first)[0]).toMatchObject({ left: 144, right: 194, top: 284, baseline: 314 });
  });
});
