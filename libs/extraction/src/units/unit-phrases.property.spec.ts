import fc from 'fast-check';
import { foldVietnamese } from '../text/normalize';
import { anyText, phraseOf, vietnameseText } from '../testing/text-arbitraries';
import { canonicalUnitId, unitKey } from './canonical-unit';
import { splitUnitCell, splitUnitList } from './split-units';
import { trimUnitName } from './unit-names';
import { unitRolesFromSentence } from './unit-roles';

/** The role phrases of assignment sentences and unit names of the administrative system, with noise between. */
const assignment = phraseOf([
  'chủ trì', 'phối hợp với', 'Giao', 'có trách nhiệm', 'Đề nghị', 'chỉ đạo', 'tổ chức', 'và', ',', ';',
  'Sở Nội vụ', 'UBND các huyện', 'Ủy ban nhân dân xã', 'Phòng Văn hóa - Thông tin', 'Ban Thi đua - Khen thưởng',
  'các cơ quan, đơn vị', 'Hội đồng Thi đua', 'Công an tỉnh', 'Đoàn Thanh niên', 'Hội Liên hiệp Phụ nữ',
]);
const sentence = fc.oneof(assignment, vietnameseText(), anyText());

describe('unit phrase properties', () => {
  it('unitRolesFromSentence never throws and names only units written in the sentence', () => {
    fc.assert(
      fc.property(sentence, (s) => {
        const roles = unitRolesFromSentence(s);
        for (const name of [...roles.lead, ...roles.support, ...roles.direct]) {
          expect(name.trim()).not.toBe('');
          expect(foldVietnamese(s)).toContain(foldVietnamese(name));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('splitting a list or a cell gives non-empty names taken from it', () => {
    fc.assert(
      fc.property(sentence, (s) => {
        for (const name of [...splitUnitList(s), ...splitUnitCell(s)]) {
          expect(name.trim()).not.toBe('');
          expect(foldVietnamese(s)).toContain(foldVietnamese(name));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('trimUnitName and unitKey are idempotent; canonical ids do not depend on NFC or NFD', () => {
    fc.assert(
      fc.property(sentence, sentence, (name, issuer) => {
        expect(trimUnitName(trimUnitName(name))).toBe(trimUnitName(name));
        expect(unitKey(unitKey(name))).toBe(unitKey(name));
        expect(canonicalUnitId(name.normalize('NFD'), issuer.normalize('NFD'))).toBe(canonicalUnitId(name, issuer));
        expect(canonicalUnitId(name, null)).toMatch(/^_\//);
      }),
      { numRuns: 1000 },
    );
  });
});
