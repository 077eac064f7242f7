import { formatCounter, numberParagraphs } from './word-numbering';

const lvl = (ilvl: number, numFmt: string, lvlText: string, extra = ''): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${numFmt}"/><w:lvlText w:val="${lvlText}"/>${extra}</w:lvl>`;
const p = (numId?: number, ilvl?: number, pStyle?: string): string =>
  `<w:p><w:pPr>${pStyle ? `<w:pStyle w:val="${pStyle}"/>` : ''}${numId === undefined ? '' : `<w:numPr>${ilvl === undefined ? '' : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${numId}"/></w:numPr>`}</w:pPr><w:r><w:t>x</w:t></w:r></w:p>`;

const SECTIONS =
  `<w:abstractNum w:abstractNumId="0">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'decimal', '%2.')}${lvl(2, 'lowerLetter', '%3)')}</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="1">${lvl(0, 'bullet', '-')}${lvl(1, 'bullet', '&#xF0B7;')}${lvl(2, 'bullet', '+')}</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="2">${lvl(0, 'decimal', '%1.', '<w:pStyle w:val="Muc"/>')}${lvl(1, 'decimal', '%1.%2.')}</w:abstractNum>` +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
  '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
  '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
  '<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>';

const labels = (paragraphs: string[]): Array<string | undefined> =>
  numberParagraphs(paragraphs.join(''), SECTIONS).map((numbering) => numbering?.label);

describe('formatCounter', () => {
  it.each([
    [4, 'decimal', '4'],
    [4, 'upperRoman', 'IV'],
    [14, 'lowerRoman', 'xiv'],
    [2, 'lowerLetter', 'b'],
    [27, 'lowerLetter', 'aa'],
    [3, 'upperLetter', 'C'],
    [7, 'decimalZero', '07'],
    [5, 'chineseCounting', '5'],
  ])('%i as %s is %s', (n, numFmt, expected) => {
    expect(formatCounter(n, numFmt)).toBe(expected);
  });
});

describe('numberParagraphs', () => {
  it.each([
    ['Decree 30 sections, items and points', [p(1, 0), p(1, 1), p(1, 2), p(1, 2), p(1, 1), p(1, 2), p(1, 0)], ['I.', '1.', 'a)', 'b)', '2.', 'a)', 'II.']],
    ['paragraphs without numbering in between', [p(1, 0), p(), p(1, 0)], ['I.', undefined, 'II.']],
    ['bullets: dash and plus kept, symbol glyphs read as a dash', [p(2, 0), p(2, 1), p(2, 2)], ['-', '-', '+']],
    ['another list instance of the same abstract list continues it', [p(1, 0), p(1, 0)], ['I.', 'II.']],
    ['a start override restarts it', [p(1, 0), p(1, 0), p(3, 0), p(3, 0)], ['I.', 'II.', 'I.', 'II.']],
    ['multi-level labels', [p(4, 0), p(4, 1), p(4, 1)], ['1.', '1.1.', '1.2.']],
    ['numbering from the paragraph style', [p(undefined, undefined, 'Muc'), p(undefined, undefined, 'Muc')], ['1.', '2.']],
    ['numId 0 (numbering removed)', [p(0, 0)], [undefined]],
    ['a numId without a level', [p(1)], ['I.']],
  ])('labels %s', (_what, paragraphs, expected) => {
    expect(labels(paragraphs)).toEqual(expected);
  });

  it('reports list kind and level as mammoth does', () => {
    expect(numberParagraphs(p(1, 2) + p(2, 0), SECTIONS)).toEqual([
      { isOrdered: true, level: 2, label: 'a)' },
      { isOrdered: false, level: 0, label: '-' },
    ]);
  });
});
