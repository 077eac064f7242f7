import { highlightSegments } from './highlight-segments';

const TEXT = 'I. MỤC ĐÍCH\n1. Tổng kết năm.\n2. Khen thưởng.';
const at = (s: string) => TEXT.indexOf(s);
const span = (s: string) => ({ start: at(s), end: at(s) + s.length });
const cut = (spans: Parameters<typeof highlightSegments>[1]) => highlightSegments(TEXT, spans).map((s) => [s.text, s.directiveId]);

describe('highlightSegments', () => {
  it.each([
    ['no directives', [], [[TEXT, null]]],
    ['a directive with no span', [{ id: 'a', span: null }], [[TEXT, null]]],
    [
      'two directives in order',
      [{ id: 'a', span: span('Tổng kết năm.') }, { id: 'b', span: span('Khen thưởng.') }],
      [['I. MỤC ĐÍCH\n1. ', null], ['Tổng kết năm.', 'a'], ['\n2. ', null], ['Khen thưởng.', 'b']],
    ],
    [
      'spans given out of order',
      [{ id: 'b', span: span('Khen thưởng.') }, { id: 'a', span: span('Tổng kết năm.') }],
      [['I. MỤC ĐÍCH\n1. ', null], ['Tổng kết năm.', 'a'], ['\n2. ', null], ['Khen thưởng.', 'b']],
    ],
    [
      'overlapping spans: the earlier keeps the shared part',
      [{ id: 'a', span: { start: at('Tổng'), end: at('năm') } }, { id: 'b', span: { start: at('kết'), end: at('.\n2') } }],
      [['I. MỤC ĐÍCH\n1. ', null], ['Tổng kết ', 'a'], ['năm', 'b'], ['.\n2. Khen thưởng.', null]],
    ],
    ['a span past the end is clipped', [{ id: 'a', span: { start: at('Khen'), end: TEXT.length + 50 } }], [['I. MỤC ĐÍCH\n1. Tổng kết năm.\n2. ', null], ['Khen thưởng.', 'a']]],
  ])('%s', (_label, spans, expected) => {
    expect(cut(spans)).toEqual(expected);
  });

  it('keeps every character exactly once', () => {
    const segments = highlightSegments(TEXT, [{ id: 'a', span: { start: 3, end: 20 } }, { id: 'b', span: { start: 10, end: 30 } }]);
    expect(segments.map((s) => s.text).join('')).toBe(TEXT);
  });
});
