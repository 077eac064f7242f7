/**
 * Who does what in one sentence: "X chủ trì, phối hợp với Y" (lead X, support Y), "Giao X …", "X có trách nhiệm …",
 * "Đề nghị X …", "Y và Z phối hợp …" with no chủ trì (all lead), "Chủ tịch UBND chỉ đạo X …" (direct, lead).
 * Markers are found on folded text of the same length, names are cut from the sentence as written.
 */
import { foldKeepingOffsets } from '../text/normalize';
import { isUnitName, startsWithUnitHead } from './unit-names';
import { splitUnitList } from './split-units';

export interface UnitRoles {
  lead: string[];
  support: string[];
  direct: string[];
}

/** "tổ chức" the verb, not the noun ("các tổ chức chính trị - xã hội", "tổ chức kinh tế"). */
const TO_CHUC_VERB = String.raw`(?<!\b(?:cac|nhung) )to chuc(?! (?:chinh tri|kinh te|xa hoi|doan the|dang|cong doan))`;

/** Words that end a unit name: what units do in plans, and the links that follow them. */
const VERB = new RegExp(
  String.raw`\b(?:chu tri|phoi hop|chi dao|co trach nhiem|chiu trach nhiem|(?:la|lam) (?:dau moi|co quan|don vi)|tham muu|thuc hien|trien khai|${TO_CHUC_VERB}|xay dung|chu dong|phat dong|theo doi|huong dan|tong hop|ra soat|kiem tra|don doc|bao cao|tuyen truyen|quan triet|can cu|lua chon|de xuat|de nghi|tiep tuc|nghien cuu|gui|dang ky|tham gia|bo tri|dam bao|bao dam|quan tam|tang cuong|day manh|duy tri|phan cong|giup|ban hanh|trinh|xet|binh xet|du thao|soan thao|thuong xuyen|kip thoi|khan truong|tich cuc|nghiem tuc|cung cap|lap|lanh dao|du tru|du toan|cu (?:can bo|cong chuc|vien chuc|dai dien|thanh vien|lanh dao|nguoi)|tu (?:kiem tra|danh gia|cham diem)|hoan thanh|thong bao|cap nhat|ket hop|van dong|tuan tra|giai quyet|xu ly|tiep nhan|tham dinh|xet duyet|giam sat|pho bien|tap huan|boi duong|bieu duong|nhan rong|phat hien|danh gia|cham diem|binh bau|binh chon|tong ket|so ket|ho tro|chuan bi|luu tru|cu the hoa|lam tot|thuc hien tot|de|nham|trong(?! (?:khoi|cum|nganh|don vi|co quan|he thong)\b| to (?!chuc\b))|tai|cho|ve viec|theo|can(?! bo)|phai|se|duoc|da|dang(?! (?:bo|uy|vien|doan)\b))\b`,
  'g',
);
const CLAUSE_BREAK = /[;:.\n]/g;
const INTRO = /(?:^|[;:.\n]|,)\s*(?:[-+•*–]\s*|\(?[a-z0-9]{1,2}[.)]\s*)?(giao cho|giao|de nghi|yeu cau)\s+/g;
const LEAD_MARKER = new RegExp(
  String.raw`\b(?:chu tri|co trach nhiem|chiu trach nhiem|(?:la|lam) (?:dau moi|(?:co quan|don vi) (?:dau moi|thuong truc|chu tri))|tham muu|thuc hien|trien khai|${TO_CHUC_VERB}|xay dung|chu dong|theo doi|huong dan|tong hop)\b`,
  'g',
);
const ROLE_WORD = /\b(?:chu tri|phoi hop|co trach nhiem|chiu trach nhiem|tham muu|thuc hien|trien khai|chi dao(?! cua))\b/;
/** "X là cơ quan thường trực …, phối hợp …": the clause already has its subject and duty, so "phối hợp" names no joint subject. */
const DUTY_BEFORE = /\b(?:chu tri|co trach nhiem|chiu trach nhiem|tham muu|thuc hien|trien khai|(?:la|lam) (?:dau moi|co quan|don vi))\b/;
const SUPPORT_MARKER = /\bphoi hop(?:\s+chat che)?(?:\s+(?:voi|cung))?\s+/g;
const DIRECT_MARKER = /\bchi dao\b/g;
/** "lãnh đạo, chỉ đạo" is one verb pair, not a director named "lãnh đạo". */
const LEADERSHIP_PAIR = /\blanh dao\s*,?\s*$/;
const DIRECTED_BY = /\b(?:su |theo )?chi dao cua\s+/g;
const LIST_MARK = /^\s*(?:[-+•*–]|\(?[a-z0-9]{1,2}[.)])\s*/;

interface Sentence {
  text: string;
  folded: string;
  /** Where clauses start: after ";", ":", "." or a line break, and after "Giao"/"Đề nghị"/"Yêu cầu". Ascending. */
  clauseStarts: number[];
}

function sentenceOf(sentence: string): Sentence {
  const text = sentence.normalize('NFC');
  const folded = foldKeepingOffsets(text);
  const starts = [0];
  for (const m of folded.matchAll(CLAUSE_BREAK)) starts.push(m.index! + 1);
  for (const m of folded.matchAll(INTRO)) starts.push(m.index! + m[0].length);
  return { text, folded, clauseStarts: starts.sort((a, b) => a - b) };
}

function clauseStart(s: Sentence, at: number): number {
  let start = 0;
  for (const position of s.clauseStarts) {
    if (position > at) break;
    start = position;
  }
  return start;
}

function isNamePart(s: Sentence, at: number): boolean {
  const c = s.text[at];
  return c !== c.toLowerCase() && !/^[\s\-+•*–(]*$/.test(s.text.slice(clauseStart(s, at), at).replace(LIST_MARK, ''));
}

/**
 * A name ends after its locality ("xã", "huyện" and a capitalised place name, or "Sở") when a lowercase word follows:
 * "Ban Chỉ huy Quân sự xã tuần tra …" (but "xã hội" is a word, and "và" goes on to the next name). "Sở" before a
 * capital opens a department's name ("Sở Kế hoạch và Đầu tư"), whose later words are lowercase.
 */
const LOCALITY_END = /(?<![\p{L}])(?:(?:xã(?! hội)|huyện|tỉnh|phường|thị trấn|quận|thành phố|thị xã)(?:\s+\p{Lu}[\p{L}\d]*)*|[Ss]ở)\s+(?=\p{Ll})(?!và(?![\p{L}]))/gu;

function localityEnd(s: Sentence, from: number, to: number): number {
  LOCALITY_END.lastIndex = from;
  const m = LOCALITY_END.exec(s.text);
  return m && m.index + m[0].length < to ? m.index + m[0].length : to;
}

/**
 * A body named by its job, the verb being part of the name: "đoàn kiểm tra", "tổ giám sát", "hội đồng thẩm định";
 * "Ban Quản lý xây dựng nông thôn mới", "Ban Chỉ đạo thực hiện Quy chế dân chủ" (a board's remit follows its kind).
 */
const TEAM_BEFORE = /\b(?:doan|to|hoi dong) $/;
const TEAM_JOB = /^(?:kiem tra|giam sat|tham dinh|xet duyet)\b/;
const BOARD_BEFORE = /\bban (?:quan ly|chi dao|dieu hanh) $/;

function namesTeam(s: Sentence, at: number): boolean {
  const before = s.folded.slice(Math.max(0, at - 16), at);
  return (TEAM_BEFORE.test(before) && TEAM_JOB.test(s.folded.slice(at))) || BOARD_BEFORE.test(before);
}

/** "trong" before a capitalised body is membership ("Các chi bộ trong Đảng bộ"), not the start of what follows. */
function isMembership(s: Sentence, m: RegExpExecArray): boolean {
  const next = s.text[m.index + m[0].length + 1] ?? '';
  return m[0] === 'trong' && next !== next.toLowerCase();
}

/** The first verb or link at or after `from` that is not part of a capitalised name ("Phòng Tổ chức"). */
function nextVerb(s: Sentence, from: number, to: number): number {
  VERB.lastIndex = from;
  for (let m = VERB.exec(s.folded); m && m.index < to; m = VERB.exec(s.folded)) {
    if (m.index > from && !isNamePart(s, m.index) && !isMembership(s, m) && !namesTeam(s, m.index)) return m.index;
  }
  return to;
}

/** Where the last verb in [from, to) starts, or `from` when there is none. */
function lastVerbBefore(s: Sentence, from: number, to: number): number {
  let last = from;
  for (let verb = nextVerb(s, from, to); verb < to; verb = nextVerb(s, verb, to)) last = verb;
  return last;
}

/** A lone lowercase head word ("lãnh đạo", "bản") is a common noun in running text, not a unit's name. */
const LONE_COMMON_WORD = /^\p{Ll}+$/u;

function unitNames(text: string): string[] {
  const names: string[] = [];
  for (const name of splitUnitList(text)) {
    if (!isUnitName(name) || LONE_COMMON_WORD.test(name)) break;
    names.push(name);
  }
  return names;
}

/** Adverbials that may open a clause before its subject: "Hằng quý, …", "Dưới sự chỉ đạo của …, …", "Căn cứ …, …". */
const ADVERBIALS =
  /^(?:[^a-z0-9]*(?:(?:hang|dinh ky)(?: \d+| sau| ba)? (?:thang|quy|nam|tuan)\s*,?\s*|dinh ky\s*,\s*|(?:duoi|theo) su chi dao cua[^,;]*,\s*|(?:can cu|tren co so|sau khi|dong thoi|ngoai ra|de|nham|trong|truoc|tu|vao|sau|neu|khi)\b[^,;]*,\s*))+/;

/**
 * Units written just before `at` in its clause. As the subject of the whole clause they open it (after any
 * adverbial); otherwise they are the longest tail of the clause that is a list of unit names.
 */
function unitsBefore(s: Sentence, at: number, wholeClause: boolean): string[] {
  const start = clauseStart(s, at);
  const starts: number[] = [start];
  if (wholeClause) {
    const adverbial = ADVERBIALS.exec(s.folded.slice(start, at));
    if (adverbial) starts.push(start + adverbial[0].length);
  } else {
    const lastVerb = lastVerbBefore(s, start, at);
    for (const m of s.folded.slice(start, at).matchAll(/[\s,](?=[a-z0-9])/g)) {
      if (start + m.index! + 1 >= lastVerb) starts.push(start + m.index! + 1);
    }
  }
  for (const from of starts) {
    const tail = s.text.slice(from, at).replace(LIST_MARK, '');
    if (!startsWithUnitHead(tail) || nextVerb(s, from, at) < at) continue;
    const names = unitNames(tail.replace(/[\s,]+$/, ''));
    if (names.length) return names;
  }
  return [];
}

/** Units written from `at` on, up to the verb or clause break that ends the list. */
function unitsAfter(s: Sentence, at: number, single = false): string[] {
  const breakAt = s.folded.slice(at).search(single ? /[:.\n;,]/ : /[:.\n;]/);
  const limit = breakAt < 0 ? s.text.length : at + breakAt;
  const end = Math.min(nextVerb(s, at, limit), localityEnd(s, at, limit));
  return unitNames(s.text.slice(at, end).replace(/[\s,]+$/, ''));
}

/** The units that open the first clause (after any adverbial) and are followed by what they do: "X, Y quán triệt …". */
function subjectOfSentence(s: Sentence): string[] {
  const firstBreak = s.folded.search(/[;:.\n]/);
  const clauseEnd = firstBreak < 0 ? s.text.length : firstBreak;
  const adverbial = ADVERBIALS.exec(s.folded.slice(0, clauseEnd));
  for (const from of adverbial ? [0, adverbial[0].length] : [0]) {
    const verb = nextVerb(s, from, clauseEnd);
    if (verb >= clauseEnd) continue;
    const names = unitNames(s.text.slice(from, verb).replace(LIST_MARK, '').replace(/[\s,]+$/, ''));
    const joined = names.join(' ');
    if (names.length && s.text.slice(from, verb).replace(/[^\p{L}\p{N}]+/gu, '').length <= joined.replace(/[^\p{L}\p{N}]+/gu, '').length + 3) return names;
  }
  return [];
}

function add(target: string[], names: string[]): void {
  for (const name of names) if (!target.includes(name)) target.push(name);
}

export function unitRolesFromSentence(sentence: string): UnitRoles {
  const s = sentenceOf(sentence);
  const { text } = s;
  const roles: UnitRoles = { lead: [], support: [], direct: [] };
  const hasChuTri = /\bchu tri\b/.test(s.folded);

  for (const m of s.folded.matchAll(INTRO)) {
    const wordAt = m.index! + m[0].length - m[1].length - 1;
    if (m[1].startsWith('giao') && !/^giao/i.test(text.slice(m.index! + m[0].indexOf(m[1]), wordAt + 6))) continue;
    const after = m.index! + m[0].length;
    if (startsWithUnitHead(text.slice(after))) add(roles.lead, unitsAfter(s, after));
  }
  for (const m of s.folded.matchAll(LEAD_MARKER)) {
    if (isNamePart(s, m.index!) || namesTeam(s, m.index!)) continue;
    const chuTri = m[0] === 'chu tri';
    // Only the clause's first duty verb has the subject before it: later ones follow a list ("… phối hợp các xã, thị trấn triển khai").
    if (!chuTri && ROLE_WORD.test(s.folded.slice(clauseStart(s, m.index!), m.index!))) continue;
    add(roles.lead, unitsBefore(s, m.index!, !chuTri));
  }
  for (const m of s.folded.matchAll(SUPPORT_MARKER)) {
    if (isNamePart(s, m.index!)) continue;
    const after = m.index! + m[0].length;
    const objects = startsWithUnitHead(text.slice(after)) ? unitsAfter(s, after) : [];
    add(roles.support, objects);
    if (!hasChuTri && !DUTY_BEFORE.test(s.folded.slice(clauseStart(s, m.index!), m.index!))) add(roles.lead, unitsBefore(s, m.index!, false));
  }
  for (const m of s.folded.matchAll(DIRECTED_BY)) add(roles.direct, unitsAfter(s, m.index! + m[0].length, true));
  for (const m of s.folded.matchAll(DIRECT_MARKER)) {
    if (isNamePart(s, m.index!) || s.folded.startsWith('chi dao cua', m.index!) || LEADERSHIP_PAIR.test(s.folded.slice(0, m.index!))) continue;
    if (/\bban $/.test(s.folded.slice(0, m.index!))) continue; // "Ban chỉ đạo …" written in lower case: a body, not a director
    const directors = unitsBefore(s, m.index!, false);
    if (!directors.length) continue;
    add(roles.direct, directors);
    const after = m.index! + m[0].length + 1;
    if (startsWithUnitHead(text.slice(after))) add(roles.lead, unitsAfter(s, after));
  }
  if (!roles.lead.length) add(roles.lead, subjectOfSentence(s));
  const colon = text.indexOf(':');
  if (colon > 0 && !roles.lead.length && isUnitName(text.slice(0, colon))) add(roles.lead, unitNames(text.slice(0, colon)));

  roles.support = roles.support.filter((n) => !roles.lead.includes(n));
  roles.lead = roles.lead.filter((n) => !roles.direct.includes(n));
  return roles;
}
