import { foldVietnamese } from '../text';
import { fromCapitals } from './casing';
import { looksLikeBodyName } from './organisation';

/**
 * The issuing body from the header's capital lines (Decree 30: the parent body above, the issuing body below).
 * "ỦY BAN NHÂN DÂN / XÃ XUÂN SƠN" is one name ("Ủy ban nhân dân xã Xuân Sơn"); "UBND TỈNH LẠNG SƠN / SỞ NGOẠI VỤ"
 * names the Sở, qualified by its locality ("Sở Ngoại vụ tỉnh Lạng Sơn").
 */
export function issuerFromHeader(capitalLines: string[]): string | null {
  const joined = capitalLines.join(' ').replace(/\s+/g, ' ').trim();
  if (!joined) return null;
  const words = joined.split(' ');
  const folded = words.map((w) => foldVietnamese(w));
  // The issuing body starts at the last body word that follows a locality ("UBND TỈNH X SỞ Y" → "SỞ Y").
  const locality = folded.findIndex((w, i) => ['tinh', 'huyen', 'quan', 'xa', 'phuong', 'thanh', 'thi'].includes(w) && i > 0);
  if (locality > 0) {
    for (let i = locality + 1; i < words.length; i++) {
      const rest = words.slice(i).join(' ');
      if (i > locality + 1 && looksLikeBodyName(rest) && !LOCALITY_START.test(folded.slice(i).join(' '))) {
        const parentPlace = words.slice(locality, i).join(' ');
        return `${fromCapitals(rest)} ${fromCapitals(parentPlace).replace(/^\p{Lu}/u, (c) => c.toLocaleLowerCase('vi'))}`;
      }
    }
  }
  return fromCapitals(ownLines(capitalLines).join(' ').replace(/\s+/g, ' ').trim());
}

/** A locality word opens no body of its own, except a committee or youth union of that level ("HUYỆN ỦY", "TỈNH ĐOÀN"). */
const LOCALITY_START = /^(?:xa|phuong|huyen|quan|tinh|thi|thanh)\b(?! (?:uy|doan)\b)/;
/** A Party committee above a board: the board is named after it ("BAN TUYÊN GIÁO" of "TỈNH ỦY X"). */
const COMMITTEE = /^(?:(?:tinh|huyen|thanh|thi|quan|dang) uy)\b/;

/**
 * Without a locality that parts the parent body from the issuing one ("TỈNH ĐOÀN ĐẮK LẮK / BCH HUYỆN ĐOÀN KRÔNG PẮC"),
 * the issuing body is the lowest line that opens a body's name; a line opening with a locality ("HUYỆN TAM DƯƠNG")
 * goes on with the name above it.
 */
function ownLines(lines: string[]): string[] {
  for (let k = lines.length - 1; k > 0; k--) {
    if (!looksLikeBodyName(lines[k]) || LOCALITY_START.test(foldVietnamese(lines[k]))) continue;
    const parent = lines.slice(0, k);
    return COMMITTEE.test(foldVietnamese(parent.join(' '))) ? [...lines.slice(k), ...parent] : lines.slice(k);
  }
  return lines;
}

const ISSUING_VERB = /(?:^|[.;:,]\s+)((?:\p{Lu}[\p{L}\p{M}]*)(?:[\s-]+[\p{L}\p{M}&]+){0,9}?(?:\s*\([^)]*\))?)\s+(?:xây dựng|ban hành|thực hiện)\s+(?:kế hoạch|chương trình|công tác|[Kk]ế hoạch)/u;

/** "…, Sở Ngoại vụ xây dựng kế hoạch …" / "Văn phòng UBND tỉnh ban hành Kế hoạch …": the body that issues it. */
export function issuerFromPreamble(preamble: string): string | null {
  const m = ISSUING_VERB.exec(preamble);
  if (!m) return null;
  const subject = m[1].replace(/\s*\([^)]*\)\s*$/, '').trim();
  return looksLikeBodyName(subject) ? subject : null;
}

const HEAD_TITLES = ['chanh', 'giam doc', 'chu tich', 'truong', 'hieu truong', 'bi thu', 'thu truong'];

/** "Chánh Văn phòng" heads the Văn phòng, "Giám đốc Sở Y" the Sở Y: the signer's office when nothing else names it. */
export function issuerFromPosition(position: string): string | null {
  const words = position.trim().split(/\s+/);
  for (const title of HEAD_TITLES) {
    const n = title.split(' ').length;
    if (foldVietnamese(words.slice(0, n).join(' ')) !== title || words.length <= n) continue;
    const body = words.slice(n).join(' ');
    return body[0].toLocaleUpperCase('vi') + body.slice(1);
  }
  return null;
}
