import { eraseFrames, gridOf, tableFrames } from './ruling-lines';
import { fillRect, horizontal, inkAt, vertical, whitePage } from './testing/draw';

/** A 3-column ruled table (columns at x 100, 200, 600, 900); row edges at `rows`; the bands listed in `merged` have no inner verticals. */
function ruledTable(rows: number[], options: { merged?: number[]; grey?: number; closed?: boolean; pageHeight?: number } = {}) {
  const page = whitePage(1000, options.pageHeight ?? 600);
  const { grey = 0, merged = [], closed = true } = options;
  const edges = closed ? rows : rows.slice(0, -1);
  for (const y of edges) horizontal(page, y, 100, 900, grey);
  for (const x of [100, 900]) vertical(page, x, rows[0], rows[rows.length - 1], grey);
  rows.slice(0, -1).forEach((top, band) => {
    if (merged.includes(band)) return;
    for (const x of [200, 600]) vertical(page, x, top, rows[band + 1], grey);
  });
  return page;
}

const shapeOf = (page: ReturnType<typeof whitePage>) =>
  tableFrames(page).map((frame) => gridOf(frame)!).map((table) => table.rows.map((row) => row.map((cell) => Math.round(cell.left / 10) * 10)));

describe('tables drawn on a level page', () => {
  it.each([
    ['a plain grid', ruledTable([100, 160, 220, 280]), [[[100, 200, 600], [100, 200, 600], [100, 200, 600]]]],
    ['a group row merged across the table', ruledTable([100, 160, 220, 280], { merged: [1] }), [[[100, 200, 600], [100], [100, 200, 600]]]],
    ['faint grey lines', ruledTable([100, 160, 220], { grey: 140 }), [[[100, 200, 600], [100, 200, 600]]]],
    ['a table the page break cuts (no closing line)', ruledTable([100, 160, 599], { closed: false }), [[[100, 200, 600], [100, 200, 600]]]],
  ])('%s', (_, page, expected) => {
    expect(shapeOf(page)).toEqual(expected);
  });

  it('joins a line broken by JPEG noise', () => {
    const page = ruledTable([100, 160, 220]);
    for (let x = 130; x < 900; x += 97) fillRect(page, x, 160, x + 4, 161, 255);
    expect(shapeOf(page)).toEqual([[[100, 200, 600], [100, 200, 600]]]);
  });

  it('finds no table in a box around a word, nor in underlines and serif runs along text', () => {
    const page = whitePage(1000, 400);
    for (const y of [50, 80]) horizontal(page, y, 300, 380);
    for (const x of [300, 380]) vertical(page, x, 50, 80);
    horizontal(page, 200, 100, 700);
    horizontal(page, 300, 120, 190);
    vertical(page, 150, 280, 301);
    expect(tableFrames(page)).toEqual([]);
  });

  it('erases the frame but keeps the feet of a glyph standing on a line', () => {
    const page = ruledTable([100, 160, 220]);
    fillRect(page, 300, 140, 303, 159); // a stroke down to the row line
    const erased = eraseFrames(page, tableFrames(page));
    expect([inkAt(erased, 400, 160), inkAt(erased, 100, 130), inkAt(erased, 600, 190)]).toEqual([false, false, false]);
    expect([inkAt(erased, 301, 150), inkAt(erased, 301, 160)]).toEqual([true, true]);
  });
});
