import fc from 'fast-check';
import { anyText, vietnameseText } from '../testing/text-arbitraries';
import { foldKeepingOffsets, foldVietnamese, normalizeForDisplay } from './normalize';

describe('normalisation properties', () => {
  it.each([
    ['normalizeForDisplay', normalizeForDisplay],
    ['foldVietnamese', foldVietnamese],
  ])('%s is idempotent and the same for NFC and NFD input', (_, normalise) => {
    fc.assert(
      fc.property(vietnameseText(), (s) => {
        const once = normalise(s);
        expect(normalise(once)).toBe(once);
        expect(normalise(s.normalize('NFD'))).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('foldVietnamese leaves only lowercase letters without diacritics, digits and single spaces', () => {
    fc.assert(
      fc.property(vietnameseText(), (s) => {
        expect(foldVietnamese(s)).toMatch(/^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/);
      }),
      { numRuns: 1000 },
    );
  });

  it('foldKeepingOffsets keeps the length of any string, is idempotent, and folds words as foldVietnamese does', () => {
    fc.assert(
      fc.property(vietnameseText(), (s) => {
        const nfc = s.normalize('NFC');
        const folded = foldKeepingOffsets(nfc);
        expect(folded).toHaveLength(nfc.length);
        expect(foldKeepingOffsets(folded)).toBe(folded);
        expect(foldVietnamese(folded)).toBe(foldVietnamese(nfc));
      }),
      { numRuns: 1000 },
    );
    fc.assert(fc.property(anyText(), (s) => expect(foldKeepingOffsets(s)).toHaveLength(s.length)));
  });

  it('foldVietnamese folds any string as its whole-string definition does (NFD, marks dropped, lowercase, đ→d)', () => {
    const definition = (s: string) =>
      s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/đ/g, 'd').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    for (const arbitrary of [vietnameseText(), anyText()]) {
      fc.assert(fc.property(arbitrary, (s) => expect(foldVietnamese(s)).toBe(definition(s))), { numRuns: 2000 });
    }
    expect(foldVietnamese('ΟΔΟΣ Đà Nẵng')).toBe(definition('ΟΔΟΣ Đà Nẵng'));
  });

  it('never throws on arbitrary code points', () => {
    fc.assert(
      fc.property(anyText(), (s) => {
        normalizeForDisplay(s);
        foldVietnamese(s);
      }),
    );
  });
});
