import type { Signer } from '../plan-extraction';
import { foldVietnamese } from '../text';
import { fromCapitals, isCapitalWord } from './casing';
import { looksLikeBodyName, looksLikePosition, POSITION_STARTS } from './organisation';
import { isUpperCase } from '../layout/rejoin';

export interface Signature {
  signer: Signer;
  /** The body named after "TM." (on behalf of a collective body): the issuer when the header names none. */
  onBehalfOf: string | null;
}

const AUTHORITY = /^(TM|KT|Q|TL|TUQ|T\/M)\s*\.\s*/iu;
const DEPUTY_MARK = /(?:^|\s)(?:KT|Q|TL|TUQ)\s*\.\s*/gu;
const HAS_DEPUTY_MARK = /(?:^|\s)(?:KT|Q|TL|TUQ)\s*\./u;
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]+$/u;

/**
 * Reads the signature block (Decree 30): an optional authority mark ("TM.", "KT.", "Q.", "TL."), the body or
 * the principal's title, the signer's position in capitals, a note such as "(Đã ký)", then the name.
 * `text` is the block's lines joined by spaces (a table cell is already so).
 */
export function signatureOf(text: string): Signature | null {
  // On separate lines, the signer's name may be printed in capitals too: it is the line that reads as a person's name.
  const lines = text.split('\n').map((l) => l.replace(/\([^)]*\)/g, ' ').trim()).filter(Boolean);
  const nameLine = lines.length > 1 ? [...lines].reverse().find(isPersonName) : undefined;
  // The name closes the block: what follows it (a header moved to the end) is not part of it.
  const rest = nameLine ? lines.slice(0, lines.lastIndexOf(nameLine)) : lines;
  const cleaned = rest.join(' ').replace(/\s+/g, ' ').trim();
  const mark = AUTHORITY.exec(cleaned);
  // "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": a deputy mark further down names the signer's title last.
  const deputy = HAS_DEPUTY_MARK.test(mark ? cleaned.slice(mark[0].length) : cleaned) || (mark !== null && mark[1].toUpperCase() !== 'TM' && mark[1].toUpperCase() !== 'T/M');
  const after = (mark ? cleaned.slice(mark[0].length) : cleaned).replace(DEPUTY_MARK, ' ').replace(/\s+/g, ' ').trim();
  const words = after.split(' ');
  let capsEnd = 0;
  while (capsEnd < words.length && (isCapitalWord(words[capsEnd]) || /^[\d&.,-]+$/.test(words[capsEnd]))) capsEnd++;
  const caps = words.slice(0, capsEnd);
  const starts = positionStarts(caps);
  if (starts.length === 0 && !mark) return null;
  const authority = mark?.[1].toUpperCase() ?? '';
  const positionIndex = deputy ? starts.length - 1 : 0;
  const from = starts[positionIndex];
  const to = starts[positionIndex + 1] ?? capsEnd;
  const position = from === undefined ? null : fromCapitals(caps.slice(from, to).join(' '));
  const bodyWords = authority === 'TM' || authority === 'T/M' ? caps.slice(0, starts[0] ?? capsEnd) : [];
  return {
    signer: { name: nameLine ?? nameAfter(words.slice(capsEnd)), position },
    onBehalfOf: bodyWords.length ? fromCapitals(bodyWords.join(' ')) : null,
  };
}

/** Indexes of the capital words where a position title begins ("PHÓ CHỦ TỊCH" is one title, not two). */
function positionStarts(caps: string[]): number[] {
  const folded = caps.map((w) => foldVietnamese(w));
  const out: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    const match = POSITION_STARTS.filter((p) => folded.slice(i, i + p.split(' ').length).join(' ') === p)
      .sort((a, b) => b.length - a.length)[0];
    if (!match) continue;
    out.push(i);
    i += match.split(' ').length - 1;
  }
  return out;
}

/** 2 to 5 capitalised words that name no body and no post: a person ("Trịnh Văn An", "NGUYỄN THỊ BÌNH"). */
export function isPersonName(line: string): boolean {
  const words = line.split(/\s+/);
  return words.length >= 2 && words.length <= 5 && words.every((w) => /^\p{Lu}[\p{L}\p{M}]*$/u.test(w)) &&
    !looksLikePosition(line) && !looksLikeBodyName(line) && !AUTHORITY.test(line);
}

function nameAfter(words: string[]): string | null {
  for (let i = 0; i < words.length; i++) {
    let j = i;
    while (j < words.length && NAME_WORD.test(words[j])) j++;
    if (j - i >= 2 && j - i <= 5) return words.slice(i, j).join(' ');
  }
  return null;
}
