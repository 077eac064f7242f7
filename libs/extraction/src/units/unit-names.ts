/**
 * What a unit name looks like in a Vietnamese plan: it opens with the head noun of an office, body or post
 * ("Phòng", "Ủy ban nhân dân", "Hội đồng", "Công đoàn", "Các đơn vị", "Chủ tịch", "Công chức" …).
 * Matching is on lowercase NFC text, diacritics kept: folded "so" would also be "số"/"sơ", "bo" "bổ"/"bố".
 */

const END = String.raw`(?![\p{L}\p{N}])`;

/** Head nouns, each guarded against the everyday words that share its first syllable. */
const HEADS = [
  String.raw`(?:ủy|uỷ|úy|uý) ban`, 'ubnd', 'ubmttq', 'hđnd', 'hđtđkt', 'hđ', 'hội đồng', 'văn phòng', 'vp',
  String.raw`phòng(?! (?:chống|ngừa|trào|thủ|bệnh|hộ|dịch|tránh|cháy|họp)${END})`, String.raw`ban(?! (?:hành|đầu|đêm|ngày)${END})`, 'sở', 'cục',
  'chi cục', 'tổng cục', String.raw`bộ(?! (?:máy|tiêu chí|hồ sơ|câu hỏi|luật)${END})`, 'trung tâm', 'thanh tra', 'công an',
  'quân sự', 'ban chỉ huy', 'bch', 'trường', 'trưởng', 'phó', 'hiệu trưởng', 'công đoàn', 'cđcs', String.raw`đoàn(?! (?:kết)${END})`,
  'chi đoàn', String.raw`hội(?! (?:nghị|thi|thảo|diễn|giảng|chợ|đàm|trại|khỏe|họp|nhập|tụ|ý|viên mới)${END})`, 'chi hội', 'mttq',
  'mặt trận', String.raw`đảng (?:ủy|uỷ|bộ|đoàn)`, 'chi bộ', String.raw`chi (?:ủy|uỷ)`, String.raw`cấp (?:ủy|uỷ)`, 'bí thư',
  'chủ tịch', 'giám đốc', 'thủ trưởng', 'người đứng đầu', 'lãnh đạo', 'thường trực', 'cơ quan', 'bộ phận', 'đơn vị', 'cán bộ',
  'công chức', 'viên chức', String.raw`tổ(?! (?:chức(?! (?:kinh tế|xã hội|chính trị|đoàn thể|đảng|công đoàn))|quốc)${END})`, 'khối',
  'cụm', 'thôn', 'bản', 'ấp', 'xóm', 'khu phố', 'tổ dân phố', String.raw`xã(?! hội${END})`, 'phường', 'thị trấn', 'huyện', 'tỉnh',
  String.raw`(?:thành|tỉnh|huyện|thị|quận) (?:ủy|uỷ)`, 'ngành', 'kế toán', 'thủ quỹ', 'văn thư', 'thành viên', String.raw`(?:ủy|uỷ) viên`,
  'chánh', 'trạm', 'bệnh viện', 'viện', 'học viện', 'công ty', 'tổng công ty', 'ngân hàng', 'kho bạc', 'chi nhánh', 'đội',
  'giáo viên', 'nhân viên', 'tập thể', 'đại diện', 'đài', String.raw`(?:thành|quận|thị) đoàn`, 'liên đoàn', 'bảo hiểm xã hội',
  String.raw`t(?:òa|oà) án`, 'viện kiểm sát', 'hạt kiểm lâm', 'kiểm lâm', 'đồn', 'bộ đội biên phòng', 'cảnh sát', 'bưu điện',
  'hợp tác xã', 'doanh nghiệp', 'nhà trường', String.raw`khoa(?! học${END})`, 'tổng phụ trách',
  // "Các chi, đảng bộ trực thuộc": "chi" (bộ) elided before "đảng bộ".
  String.raw`chi(?=,\s*đảng bộ)`,
  String.raw`cơ sở(?! (?:dữ liệu|vật chất|pháp lý|hạ tầng|sản xuất|kinh doanh)${END})`,
].join('|');

const QUANTIFIER = String.raw`(?:(?:các|những|toàn thể|mỗi|từng|tất cả các)\s+)`;
const UNIT_HEAD = new RegExp(String.raw`^${QUANTIFIER}?(?:${HEADS})${END}`, 'u');
/** Generic kinds of unit (not particular bodies like "MTTQ"): listed after one another they form one phrase. */
const KINDS = [
  'phòng', 'ban', 'ngành', 'đơn vị', 'cơ quan', 'thôn', 'bản', 'ấp', 'xóm', String.raw`tổ(?! chức)`, 'khối', 'cụm', 'trung tâm', 'bộ phận',
  'đoàn thể', 'hội', 'xã', 'phường', 'chi', 'thị trấn', 'trường', 'cán bộ', 'công chức', 'viên chức', 'địa phương', 'chi bộ', 'doanh nghiệp', 'sở', 'phòng ban', 'khu phố', 'tổ dân phố',
].join('|');
const QUANTIFIED_KIND = new RegExp(String.raw`^(?:(?:thủ trưởng|trưởng|người đứng đầu|lãnh đạo)\s+)?${QUANTIFIER}(?:${KINDS})$`, 'u');
const BARE_KIND = new RegExp(String.raw`^(?:${KINDS})$`, 'u');
const KIND_START = new RegExp(String.raw`^(?:${KINDS})${END}`, 'u');
const PARENTHESES = /\([^()]*\)/g;
const LIST_MARK = /^\s*(?:[-+•*–—·]+|\(?[0-9]{1,2}[.)]|\(?[a-zđ][.)]|[ivx]{1,4}\.)\s*/iu;
const TRAILING = /[\s.,;:]+$/;
const MAX_NAME_WORDS = 20;

/** Trims list marks ("-", "+", "•", "a)", "1.") and trailing punctuation from a name, keeping it as written. */
export function trimUnitName(name: string): string {
  return name.normalize('NFC').replace(LIST_MARK, '').replace(TRAILING, '').replace(/\s+/g, ' ').trim();
}

/** Does the text start like the name of an office, body or post, and is it short enough to be one? */
export function isUnitName(s: string): boolean {
  const name = trimUnitName(s);
  if (!name) return false;
  const words = name.replace(PARENTHESES, ' ').split(/\s+/).filter(Boolean).length;
  return words <= MAX_NAME_WORDS && UNIT_HEAD.test(name.toLowerCase());
}

/** Does the text start with a unit head noun (possibly after "các"/"những")? */
export function startsWithUnitHead(s: string): boolean {
  return UNIT_HEAD.test(s.trim().toLowerCase());
}

/**
 * A kind of unit without a particular name ("các phòng", "Trưởng các Phòng", "thôn", "Cán bộ"): joined with the
 * kinds listed after it by commas, as in "Các ban, ngành, đoàn thể" or "Thôn, tổ dân phố".
 */
export function isKindOfUnit(s: string): boolean {
  const text = s.trim().toLowerCase();
  return QUANTIFIED_KIND.test(text) || BARE_KIND.test(text);
}

/** A body over a kind of unit ("UBND các xã", "Trạm Y tế các xã"): the kinds listed after it are the same bodies ("…, thị trấn"). */
const OVER_KINDS = new RegExp(String.raw`\s${QUANTIFIER}(?:${KINDS})$`, 'u');

export function endsWithKindOfUnit(s: string): boolean {
  return OVER_KINDS.test(s.trim().toLowerCase());
}

/**
 * A kind of unit, perhaps with a lowercase qualifier: "đơn vị có liên quan", "Trung tâm trực thuộc", "tổ dân phố
 * thuộc xã"; not a named body ("Trung tâm Dịch vụ việc làm").
 */
export function isQualifiedKindOfUnit(s: string): boolean {
  const text = s.trim();
  const kind = KIND_START.exec(text.toLowerCase());
  return !!kind && /^\s*(?:\p{Ll}|$)/u.test(text.slice(kind[0].length));
}
