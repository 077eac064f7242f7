/**
 * Header and signature lines are printed in capitals ("ỦY BAN NHÂN DÂN", "XÃ XUÂN SƠN", "CHÁNH VĂN PHÒNG").
 * Names are given back in the usual written case: common words lower case, the proper name after an
 * administrative level ("xã Xuân Sơn", "tỉnh Lạng Sơn") capitalised, abbreviations (UBND, TT&TT) kept.
 */
// Committees and youth unions of a level come first: "HUYỆN ỦY GIO LINH" is the Huyện ủy of Gio Linh.
const COMMITTEES = ['tỉnh', 'huyện', 'thành', 'thị', 'quận', 'đảng'].flatMap((l) => [`${l} ủy`, `${l} uỷ`])
  .concat(['tỉnh đoàn', 'huyện đoàn', 'thành đoàn']);
const LEVELS = [...COMMITTEES, 'thành phố', 'thị xã', 'thị trấn', 'xã', 'phường', 'huyện', 'quận', 'tỉnh'];

/** School levels: the name of the school follows them ("TRƯỜNG TIỂU HỌC KIM ĐỒNG", "TRƯỜNG THCS HỢP THÀNH"). */
const SCHOOL_LEVELS = ['trung học cơ sở', 'trung học phổ thông', 'tiểu học', 'mầm non', 'mẫu giáo'];

const capitalise = (w: string): string => (w ? w[0].toLocaleUpperCase('vi') + w.slice(1) : w);

/** A word in capitals; a one-letter word counts ("Y" in "SỞ Y TẾ"). */
export function isCapitalWord(w: string): boolean {
  const letters = w.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** The administrative or school level written at `i`, after which a proper name follows ("THCS" after "trường" too). */
function levelAt(lower: string[], i: number): string | undefined {
  const startsHere = (l: string): boolean => lower.slice(i, i + l.split(' ').length).join(' ') === l;
  const level = LEVELS.find(startsHere);
  if (level || lower[i - 1] !== 'trường') return level;
  return SCHOOL_LEVELS.find(startsHere) ?? (isAbbreviation(lower[i]) ? lower[i] : undefined);
}

export function fromCapitals(caps: string): string {
  const words = caps.trim().split(/\s+/);
  const lower = words.map((w) => (isAbbreviation(w) ? w : w.toLocaleLowerCase('vi')));
  const out: string[] = [];
  let properFrom = -1;
  for (let i = 0; i < lower.length; i++) {
    const level = levelAt(lower, i);
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
// Place names of the Central Highlands add onsets and a final k ("ĐẮK LẮK", "KRÔNG PẮC", "PLEI").
const SYLLABLE = new RegExp(`^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|kr|pl|bl|dr|[bcdđghklmnpqrstvx])?[${VOWELS}]{1,3}(?:ch|ng|nh|[cmnptk])?$`, 'u');

function isAbbreviation(w: string): boolean {
  return !SYLLABLE.test(w.toLocaleLowerCase('vi'));
}
