import fc from 'fast-check';
import { anyText, dateNumbers, isCalendarIso, phraseOf } from '../testing/text-arbitraries';
import { extractReferences } from './extract-references';

/** Citations as Decree 30 documents write them: kind, number/year/symbol, date in words or figures, issuer. */
const citation = fc
  .tuple(
    fc.constantFrom('Quyết định', 'Nghị định', 'Chỉ thị', 'Kế hoạch', 'Thông tư', 'Công văn', 'Luật', 'Nghị quyết', 'Hướng dẫn', ''),
    fc.constantFrom('số', 'số:', ''),
    fc.integer({ min: 0, max: 3000 }),
    fc.constantFrom('/QĐ-UBND', '/2023/NĐ-CP', '-CT/TW', '/KH-UBND', '/TT-BNV', '/NQ-HĐND', '/', '/HD-'),
    dateNumbers,
    fc.boolean(),
    fc.constantFrom('của UBND tỉnh', 'của Thủ tướng Chính phủ', 'của Bộ Nội vụ', ''),
  )
  .map(([kind, so, n, symbol, [d, m, y], inWords, issuer]) =>
    [kind, so, `${n}${symbol}`, inWords ? `ngày ${d} tháng ${m} năm ${y}` : `ngày ${d}/${m}/${y}`, issuer].join(' '),
  );

const text = fc.oneof(
  fc.array(fc.oneof(citation, phraseOf(['Thi đua, khen thưởng', 'thực hiện', 'căn cứ', ';', ','], 3)), { maxLength: 6 }).map((p) => p.join(' ')),
  anyText(),
);

describe('extractReferences properties', () => {
  it('never throws; spans lie inside the NFC text; dates name real days; each reference once', () => {
    fc.assert(
      fc.property(text, (input) => {
        const nfc = input.normalize('NFC');
        const references = extractReferences(input);
        for (const r of references) {
          expect(r.span).toBeDefined();
          expect(0 <= r.span!.start && r.span!.start < r.span!.end && r.span!.end <= nfc.length).toBe(true);
          if (r.issuedOn !== null) expect(isCalendarIso(r.issuedOn)).toBe(true);
        }
        const numbered = references.filter((r) => r.number !== null).map((r) => `${r.kind} ${r.number}`);
        expect(new Set(numbered).size).toBe(numbered.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads the same references from NFD input, and never cites the plan itself', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 3000 }), (input, own) => {
        const brief = (s: string) => extractReferences(s).map(({ kind, number, issuedOn, issuer }) => ({ kind, number, issuedOn, issuer }));
        expect(brief(input.normalize('NFD'))).toEqual(brief(input));
        const ownNumber = `${own}/KH-UBND`;
        expect(extractReferences(`Kế hoạch số ${ownNumber} ${input}`, { ownNumber }).map((r) => r.number)).not.toContain(ownNumber);
      }),
      { numRuns: 1000 },
    );
  });
});
