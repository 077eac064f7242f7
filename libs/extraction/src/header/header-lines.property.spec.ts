import fc from 'fast-check';
import { anyText, dateNumbers, isCalendarIso, vietnameseText } from '../testing/text-arbitraries';
import { dateLineOf } from './date-line';
import { kindLineOf } from './document-kind';
import { numberLineOf } from './number-line';

const place = fc.constantFrom('Hà Nội', 'Xuân Sơn', 'TP. Hồ Chí Minh', 'Thừa Thiên Huế', '');

/** Place-and-date lines with day and month blank, in words or in figures, in range or not. */
const dateLine = fc
  .tuple(place, dateNumbers, fc.constantFrom('words', 'figures', 'blank day', 'blank day and month'), vietnameseText(20))
  .map(([p, [d, m, y], form, tail]) => {
    const date = {
      words: `ngày ${d} tháng ${m} năm ${y}`,
      figures: `ngày ${d}/${m}/${y}`,
      'blank day': `ngày ... tháng ${m} năm ${y}`,
      'blank day and month': `ngày    tháng    năm ${y}`,
    }[form];
    return `${p}, ${date}${tail}`;
  });

describe('header line properties', () => {
  it('a date line gives a real day, month or year, or nothing', () => {
    fc.assert(
      fc.property(fc.oneof(dateLine, anyText()), (line) => {
        const read = dateLineOf(line);
        if (read) expect({ line, issuedOn: read.issuedOn, valid: isCalendarIso(read.issuedOn) }).toMatchObject({ valid: true });
      }),
      { numRuns: 1500 },
    );
  });

  it('a number line gives the printed number and its symbol, without spaces', () => {
    const numberLine = fc
      .tuple(fc.constantFrom('Số:', 'Số', 'Số :'), fc.integer({ min: 0, max: 9999 }), fc.constantFrom('/KH-UBND', '/2024/KH-SGDĐT', ' / KH-BTĐKT', '/'), vietnameseText(10))
      .map(([label, n, symbol, tail]) => `${label} ${n}${symbol} ${tail}`);
    fc.assert(
      fc.property(fc.oneof(numberLine, anyText()), (line) => {
        const read = numberLineOf(line);
        if (!read) return;
        for (const part of [read.number, read.symbol]) if (part !== null) expect(part).not.toMatch(/\s|^$/);
        if (read.number !== null && read.symbol !== null) expect(read.number.endsWith(`/${read.symbol}`)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('a type line is read only from capitals, and what follows the type is taken from the line', () => {
    fc.assert(
      fc.property(fc.constantFrom('KẾ HOẠCH', 'Kế hoạch', 'QUYẾT ĐỊNH', 'Quyết định', 'THÔNG BÁO'), vietnameseText(40), (kind, rest) => {
        const line = `${kind} ${rest}`;
        const read = kindLineOf(line);
        if (kind !== kind.toLocaleUpperCase('vi')) expect(read).toBeNull();
        else if (read) expect(line).toContain(read.rest);
      }),
      { numRuns: 1000 },
    );
  });
});
