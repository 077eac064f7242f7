import { ftsExpression, matchTerms } from './fts5-match';

describe('matchTerms', () => {
  it.each([
    ['khen thuong', { folded: ['khen', 'thuong'], exact: null }],
    ['Thi đua', { folded: ['thi', 'dua'], exact: ['thi', 'đua'] }],
    ['ĐĂNG KÝ', { folded: ['dang', 'ky'], exact: ['đăng', 'ký'] }],
    ['"khen" OR thưởng*', { folded: ['khen', 'or', 'thuong'], exact: ['khen', 'or', 'thưởng'] }],
    ['Hòa nhập', { folded: ['hoa', 'nhap'], exact: ['hòa', 'nhập'] }],
    ['  ', null],
    [undefined, null],
  ])('%j -> %j', (q, expected) => {
    expect(matchTerms(q)).toEqual(expected);
  });
});

describe('ftsExpression', () => {
  it('quotes each word, requires all, and lets the last one match as a prefix', () => {
    expect(ftsExpression('folded', ['khen', 'thuong'])).toBe('folded : "khen" AND folded : "thuong" *');
  });
});
