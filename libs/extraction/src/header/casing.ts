/**
 * Header and signature lines are printed in capitals ("ỦY BAN NHÂN DÂN", "XÃ XUÂN SƠN", "CHÁNH VĂN PHÒNG").
 * Names are given back in the usual written case: common words lower case, the proper name after an
 * administrative level ("xã Xuân Sơn", "tỉnh Lạng Sơn") capitalised, abbreviations (UBND, TT&TT) kept.
 */
const LEVELS = ['thành phố', 'thị xã', 'thị trấn', 'xã', 'phường', 'huyện', 'quận', 'tỉnh'];

const capitalise = (w: string): string => (w ? w[0].toLocaleUpperCase('vi') + w.slice(1) : w);

export function fromCapitals(caps: string): string {
  const words = caps.trim().split(/\s+/);
  const lower = words.map((w) => (isAbbreviation(w) ? w : w.toLocaleLowerCase('vi')));
  const out: string[] = [];
  let properFrom = -1;
  for (let i = 0; i < lower.length; i++) {
    const two = `${lower[i]} ${lower[i + 1] ?? ''}`;
    const level = LEVELS.find((l) => l === two || l === lower[i]);
    if (level && i + level.split(' ').length < lower.length) {
      out.push(...level.split(' '));
      i += level.split(' ').length - 1;
      properFrom = i + 1;
      continue;
    }
    out.push(i >= properFrom && properFrom >= 0 ? capitalise(lower[i]) : lower[i]);
  }
  return capitalise(out.join(' '));
}

// A capital word that cannot be one Vietnamese syllable is an abbreviation (UBND, HĐND, TT&TT, MTTQ).
const VOWELS = 'aeiouyáàảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵ';
const SYLLABLE = new RegExp(`^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[${VOWELS}]{1,3}(?:ch|ng|nh|[cmnpt])?$`, 'u');

function isAbbreviation(w: string): boolean {
  return !SYLLABLE.test(w.toLocaleLowerCase('vi'));
}
