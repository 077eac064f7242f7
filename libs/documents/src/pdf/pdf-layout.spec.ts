import { PlanTextBuilder } from '../plan-text-builder';
import { expectConsistentPlanText } from '../testing/expect-consistent-plan-text';
import { layOutPages, type LaidOutPage } from './pdf-layout';
import type { TableRowsOnPage } from './ruled-tables';
import type { TextLine } from './text-lines';

const LEFT = 85;
const RIGHT = 538;
const SIZE = 14;
const LEAD = 18.5;

/** A line of body text: `indent` for a first line, `full` when justified to the right margin. */
const line = (text: string, y: number, options: { indent?: boolean; full?: boolean; left?: number } = {}): TextLine => {
  const left = options.left ?? (options.indent ? LEFT + 28 : LEFT);
  const right = options.full ? RIGHT : left + text.length * 6;
  return { text, y, size: SIZE, left, right, segments: [{ text, left, right }] };
};
const twoColumns = (a: string, b: string, y: number): TextLine => ({
  text: `${a} ${b}`,
  y,
  size: 13,
  left: LEFT,
  right: 500,
  segments: [
    { text: a, left: LEFT, right: LEFT + a.length * 6 },
    { text: b, left: 380, right: 500 },
  ],
});

const laidOut = (pages: LaidOutPage[]) => {
  const builder = new PlanTextBuilder();
  layOutPages(pages, builder);
  const planText = builder.build('pdf', pages.length);
  expectConsistentPlanText(planText);
  return planText.blocks.map((block) =>
    block.kind === 'paragraph'
      ? planText.text.slice(block.start, block.end)
      : block.rows.map((row) => row.cells.map((cell) => planText.text.slice(cell.start, cell.end))),
  );
};
const onePage = (lines: TextLine[], tables: TableRowsOnPage[] = []): LaidOutPage[] => [{ number: 1, lines, tables }];

describe('layOutPages: paragraphs', () => {
  it.each([
    [
      'a first-line indent starts a paragraph, wrapped lines join',
      [line('Đoạn một dòng đầu', 100, { indent: true, full: true }), line('dòng cuối.', 100 + LEAD), line('Đoạn hai', 100 + 2 * LEAD, { indent: true })],
      ['Đoạn một dòng đầu dòng cuối.', 'Đoạn hai'],
    ],
    [
      'a list marker after a finished clause starts a paragraph',
      [line('Nơi thực hiện như sau:', 100, { full: true }), line('- Văn phòng;', 100 + LEAD, { full: true }), line('- Các phòng.', 100 + 2 * LEAD)],
      ['Nơi thực hiện như sau:', '- Văn phòng;', '- Các phòng.'],
    ],
    [
      'a dash that only wraps a compound word does not',
      [line('Hội đồng Thi đua', 100, { full: true }), line('- Khen thưởng họp.', 100 + LEAD)],
      ['Hội đồng Thi đua - Khen thưởng họp.'],
    ],
    [
      'a larger vertical gap starts a paragraph',
      [line('Một', 100, { full: true }), line('hai', 100 + LEAD, { full: true }), line('ba', 100 + 2 * LEAD, { full: true }), line('Bốn', 100 + 4 * LEAD, { full: true })],
      ['Một hai ba', 'Bốn'],
    ],
    [
      'a centred title wrapped onto a shorter centred line stays one paragraph, a short centred heading does not',
      [
        line('KẾ HOẠCH', 80, { left: 274 }),
        { ...line('Triển khai công tác thi đua, khen thưởng năm 2022 của Văn', 100, { left: 100 }), right: 523 },
        { ...line('phòng UBND tỉnh', 100 + LEAD, { left: 258 }), right: 366 },
      ],
      ['KẾ HOẠCH', 'Triển khai công tác thi đua, khen thưởng năm 2022 của Văn phòng UBND tỉnh'],
    ],
    [
      'a short line ends its paragraph',
      [line('I. MỤC ĐÍCH', 100, { indent: true }), line('Nội dung dài', 100 + LEAD, { full: true })],
      ['I. MỤC ĐÍCH', 'Nội dung dài'],
    ],
  ])('%s', (_what, lines, expected) => {
    expect(laidOut(onePage(lines))).toEqual(expected);
  });

  it('continues a paragraph across a page break', () => {
    const pages: LaidOutPage[] = [
      { number: 1, lines: [line('Câu bắt đầu ở trang này', 780, { indent: true, full: true })], tables: [] },
      { number: 2, lines: [line('và kết thúc ở trang sau.', 60)], tables: [] },
    ];
    expect(laidOut(pages)).toEqual(['Câu bắt đầu ở trang này và kết thúc ở trang sau.']);
  });
});

describe('layOutPages: tables', () => {
  const ruled = (rows: string[][], top: number): TableRowsOnPage => ({
    box: { left: LEFT, top, right: RIGHT, bottom: top + rows.length * 30 },
    columns: [LEFT, 119, 404],
    rows: rows.map((cells) => cells.map((text) => ({ text }))),
  });

  it('continues a ruled table on the next page, rejoining the split row and dropping a repeated header', () => {
    const pages: LaidOutPage[] = [
      { number: 1, lines: [line('II. NỘI DUNG', 100, { indent: true })], tables: [ruled([['TT', 'Nội dung', 'Đơn vị'], ['1', 'Việc đầu', 'Văn phòng']], 130)] },
      { number: 2, lines: [], tables: [ruled([['TT', 'Nội dung', 'Đơn vị'], ['', 'còn tiếp', 'Sở'], ['2', 'Việc hai', 'Phòng']], 60)] },
    ];
    expect(laidOut(pages)).toEqual([
      'II. NỘI DUNG',
      [['TT', 'Nội dung', 'Đơn vị'], ['1', 'Việc đầu còn tiếp', 'Văn phòng Sở'], ['2', 'Việc hai', 'Phòng']],
    ]);
  });

  it('does not continue a table that text separates from the page break', () => {
    const pages: LaidOutPage[] = [
      { number: 1, lines: [], tables: [ruled([['1', 'a', 'b']], 100)] },
      { number: 2, lines: [line('Chú thích', 50)], tables: [ruled([['', 'c', 'd']], 100)] },
    ];
    expect(laidOut(pages)).toEqual([[['1', 'a', 'b']], 'Chú thích', [['', 'c', 'd']]]);
  });

  it('reads aligned two-column lines outside ruled tables as a table, continuation lines joining their row', () => {
    const lines = [
      twoColumns('Nơi nhận:', 'GIÁM ĐỐC', 600),
      line('- Sở Nội vụ;', 615, { left: LEFT }),
      { ...line('Nguyễn Văn A', 650, { left: 380 }), size: 13 },
    ];
    expect(laidOut(onePage(lines))).toEqual([[['Nơi nhận:', 'GIÁM ĐỐC'], ['- Sở Nội vụ;', 'Nguyễn Văn A']]]);
  });

  it.each([
    ['a first-column line continues it', line('- Lưu: VT.', 60), [[['Nơi nhận:', 'CHỦ TỊCH'], ['- Lưu: VT.', '']]]],
    ['a centred heading does not', line('PHỤ LỤC', 60, { left: 390 }), [[['Nơi nhận:', 'CHỦ TỊCH']], 'PHỤ LỤC']],
  ])('runs a two-column block onto the next page: %s', (_what, firstLine, expected) => {
    const pages: LaidOutPage[] = [
      { number: 1, lines: [twoColumns('Nơi nhận:', 'CHỦ TỊCH', 780)], tables: [] },
      { number: 2, lines: [firstLine], tables: [] },
    ];
    expect(laidOut(pages)).toEqual(expected);
  });
});
