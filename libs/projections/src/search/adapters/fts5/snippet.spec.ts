import { markSnippet } from './snippet';

describe('markSnippet', () => {
  it.each([
    ['Tổ chức khen thưởng kịp thời.', ['khen', 'thuong'], 'Tổ chức <mark>khen</mark> <mark>thưởng</mark> kịp thời.'],
    ['Đăng ký thi đua.', ['dang', 'ky'], '<mark>Đăng</mark> <mark>ký</mark> thi đua.'],
    ['Khen thưởng đột xuất.', ['dot', 'xu'], 'Khen thưởng <mark>đột</mark> <mark>xuất</mark>.'],
    ['Không có gì', ['xyz'], 'Không có gì'],
    ['Báo cáo <b>& kết quả</b>', ['ket'], 'Báo cáo &lt;b&gt;&amp; <mark>kết</mark> quả&lt;/b&gt;'],
  ])('%j with %j', (text, words, expected) => {
    expect(markSnippet(text, words)).toBe(expected);
  });

  it('cuts a long text to a window around the first match', () => {
    const text = `${'mở đầu '.repeat(40)}phát động thi đua ${'kết thúc '.repeat(40)}`;
    const snippet = markSnippet(text, ['thi', 'dua']);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('phát động <mark>thi</mark> <mark>đua</mark>');
    expect(snippet.length).toBeLessThan(300);
  });
});
