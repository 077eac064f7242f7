/**
 * Splits a written list of units into names: always on ";" and line or bullet breaks; on "," and "và" only where
 * the next part starts like a unit name and the part before is not a bare kind of unit, so that
 * "Sở Văn hóa, Thể thao và Du lịch", "Các ban, ngành, đoàn thể" and "Cán bộ, công chức" stay whole.
 */
import { endsWithKindOfUnit, isKindOfUnit, isQualifiedKindOfUnit, startsWithUnitHead, trimUnitName } from './unit-names';

const MARKUP = /<[^>]*>|\*\*|\*/g;
const HARD_BREAKS = /[;\n\r\t•]+/;
const SENTENCE_BREAK = /\.\s*(?=\p{Lu})/u;
const AND = /\s+(?:và|cùng)\s+/u;
/** One office serving two bodies: "Văn phòng HĐND và UBND huyện", "Văn phòng Đoàn ĐBQH và HĐND tỉnh". */
const SHARED_OFFICE = /^văn phòng (?:hđnd|ubnd|hội đồng nhân dân|ủy ban nhân dân|uỷ ban nhân dân|đoàn đbqh|đoàn đại biểu quốc hội)$/iu;
/** "các …" after a comma names a new item even after a kind: "các đoàn thể, các trạm y tế". */
const QUANTIFIED = /^(?:các|những)\s/iu;

interface Part {
  text: string;
  /** Split from the part before by "và": a separate unit even after a kind. */
  joinedByAnd: boolean;
}

function partsOf(piece: string): Part[] {
  const parts: Part[] = [];
  for (const byComma of piece.split(',')) {
    const [first, ...rest] = byComma.split(AND);
    let current: Part = { text: first, joinedByAnd: false };
    for (const next of rest) {
      if (startsWithUnitHead(next) && current.text.trim() && !isKindOfUnit(current.text) && !SHARED_OFFICE.test(current.text.trim())) {
        parts.push(current);
        current = { text: next, joinedByAnd: true };
      } else {
        current = { text: `${current.text} và ${next}`, joinedByAnd: current.joinedByAnd };
      }
    }
    parts.push(current);
  }
  return parts;
}

/**
 * Regroups comma-separated parts: a part opening with a unit head starts a new name, except after a bare kind
 * ("Thôn, tổ dân phố", "Trưởng các Phòng, Trung tâm trực thuộc"); once a run of kinds is under way
 * ("ban, ngành, đoàn thể"), only further kinds join it ("…, đơn vị có liên quan"), not another body ("tổ chức kinh tế").
 */
function groupParts(parts: Part[]): string[] {
  const names: string[] = [];
  let lastPart = '';
  let partsInName = 0;
  for (const { text, joinedByAnd } of parts) {
    const trimmed = text.trim();
    if (!trimmed) continue;
    const joinsKinds = !QUANTIFIED.test(trimmed) && (
      (isKindOfUnit(lastPart) && (partsInName === 1 || isQualifiedKindOfUnit(trimmed))) ||
      (endsWithKindOfUnit(lastPart) && isKindOfUnit(trimmed)));
    const startsNew = names.length === 0 || joinedByAnd || (startsWithUnitHead(trimmed) && !joinsKinds);
    if (startsNew) {
      names.push(trimmed);
      partsInName = 1;
    } else {
      names[names.length - 1] += `, ${trimmed}`;
      partsInName++;
    }
    lastPart = trimmed;
  }
  return names;
}

/** Pieces between hard breaks; a full stop also breaks when a unit name follows it ("Hội đồng TĐKT Sở.Văn phòng"). */
function piecesOf(text: string): string[] {
  const pieces: string[] = [];
  for (const piece of text.normalize('NFC').replace(MARKUP, ' ').split(HARD_BREAKS)) {
    const sentences = piece.split(SENTENCE_BREAK);
    let current = sentences[0];
    for (const next of sentences.slice(1)) {
      if (startsWithUnitHead(next)) {
        pieces.push(current);
        current = next;
      } else {
        current = `${current}. ${next}`;
      }
    }
    pieces.push(current);
  }
  return pieces.filter((p) => p.trim());
}

/** Unit names in a written list, each trimmed of list marks and trailing punctuation. */
export function splitUnitList(text: string): string[] {
  const names: string[] = [];
  for (const piece of piecesOf(text)) {
    if (!piece || !piece.trim()) continue;
    for (const name of groupParts(partsOf(piece))) {
      const trimmed = trimUnitName(name);
      if (trimmed) names.push(trimmed);
    }
  }
  return names;
}

/** A table cell naming the units of a task ("Hội đồng TĐKT Sở; Văn phòng."): the engine takes the first as lead. */
export function splitUnitCell(cell: string): string[] {
  return splitUnitList(cell);
}
