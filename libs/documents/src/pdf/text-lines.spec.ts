import type { TextItem } from './pdf-document';
import { groupLines, joinWrappedLines } from './text-lines';

const item = (str: string, x: number, y: number, size = 14): TextItem => ({ str, x, y, size, width: str.length * size * 0.5 });

describe('groupLines', () => {
  it('orders lines top to bottom and items left to right, whatever the content-stream order', () => {
    const lines = groupLines([item('dòng hai', 85, 120), item('thế', 150, 100), item('Dòng', 85, 100.8)]);
    expect(lines.map((line) => line.text)).toEqual(['Dòng thế', 'dòng hai']);
  });

  it.each([
    ['explicit space items', [item('Căn', 85, 100), item(' ', 106, 100), item('cứ', 115, 100)], ['Căn cứ']],
    ['a small gap without a space item', [item('Kế', 85, 100), item('hoạch', 103, 100)], ['Kế hoạch']],
    ['glyph runs that touch', [item('Thi', 85, 100), item('đua', 106, 100)], ['Thiđua']],
    ['a wide gap (a tab stop or column)', [item('Nơi nhận:', 85, 100), item('GIÁM ĐỐC', 385, 100)], ['Nơi nhận:', 'GIÁM ĐỐC']],
    ['a symbol-font bullet', [item('\uf0b7', 124, 100, 13), item('Hoàn thiện', 142, 100, 13)], ['- Hoàn thiện']],
  ])('joins %s', (_what, items, segments) => {
    const [line] = groupLines(items);
    expect(line.segments.map((segment) => segment.text)).toEqual(segments);
  });

  it('ignores lines of spaces only', () => {
    expect(groupLines([item(' ', 85, 100), item('', 90, 130)])).toEqual([]);
  });
});

describe('joinWrappedLines', () => {
  it.each([
    [['phát triển kinh tế -', 'xã hội'], 'phát triển kinh tế - xã hội'],
    [['Chỉ thị số 30-', 'CT/TU'], 'Chỉ thị số 30-CT/TU'],
    [['một', 'hai', 'ba'], 'một hai ba'],
  ])('joins %j as %j', (lines, joined) => {
    expect(joinWrappedLines(lines)).toBe(joined);
  });
});
