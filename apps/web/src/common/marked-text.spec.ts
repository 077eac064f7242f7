import { snippetPieces } from './marked-text';

describe('snippetPieces', () => {
  it.each([
    ['no match', 'tổng kết năm', [{ text: 'tổng kết năm', marked: false }]],
    ['one match inside text', '… <mark>tổng kết</mark> công tác', [
      { text: '… ', marked: false },
      { text: 'tổng kết', marked: true },
      { text: ' công tác', marked: false },
    ]],
    ['two matches', '<mark>thi</mark> và <mark>đua</mark>', [
      { text: 'thi', marked: true },
      { text: ' và ', marked: false },
      { text: 'đua', marked: true },
    ]],
    ['escaped markup stays text', '&lt;b&gt; &amp; <mark>&quot;x&quot;</mark>', [
      { text: '<b> & ', marked: false },
      { text: '"x"', marked: true },
    ]],
  ])('%s', (_label, snippet, expected) => {
    expect(snippetPieces(snippet)).toEqual(expected);
  });
});
