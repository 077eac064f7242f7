import type { DocumentKind } from '../plan-extraction';
import { foldVietnamese } from '../text';

/** Names of document types as printed on the type line (Decree 30: the type name in capitals). */
const KIND_NAMES: ReadonlyArray<[string, DocumentKind]> = [
  ['ke hoach', 'KE_HOACH'],
  ['quyet dinh', 'QUYET_DINH'],
  ['chi thi', 'CHI_THI'],
  ['nghi quyet', 'NGHI_QUYET'],
  ['nghi dinh', 'NGHI_DINH'],
  ['thong tu', 'THONG_TU'],
  ['quy che', 'QUY_CHE'],
  ['ket luan', 'KET_LUAN'],
  ['cong van', 'CONG_VAN'],
  ['thong bao', 'THONG_BAO'],
  ['bao cao', 'BAO_CAO'],
  ['huong dan', 'HUONG_DAN'],
  ['chuong trinh', 'CHUONG_TRINH'],
];

export interface KindLine {
  kind: DocumentKind;
  /** Text after the type name on the same line ("KẾ HOẠCH Công tác …" → "Công tác …"), or "". */
  rest: string;
}

/** The type line: the type name in capitals at the start of a line, alone or followed by the trích yếu. */
export function kindLineOf(text: string): KindLine | null {
  const line = text.trim();
  const folded = foldVietnamese(line).toLowerCase();
  for (const [name, kind] of KIND_NAMES) {
    if (!folded.startsWith(name) || /[\p{L}\d]/u.test(folded.charAt(name.length))) continue;
    const printed = line.slice(0, name.length);
    if (printed !== printed.toLocaleUpperCase('vi')) return null;
    const rest = line.slice(name.length).replace(/^[\s:.-]+/, '').trim();
    return { kind, rest };
  }
  return null;
}

/** Decree 30's abbreviations of document types, which open the ký hiệu ("KH-UBND" is a Kế hoạch). */
const SYMBOL_KINDS: ReadonlyArray<[RegExp, DocumentKind]> = [
  [/^KH(?![\p{L}\d])/u, 'KE_HOACH'],
  [/^QĐ(?![\p{L}\d])/u, 'QUYET_DINH'],
  [/^CT(?![\p{L}\d])/u, 'CHI_THI'],
  [/^NQ(?![\p{L}\d])/u, 'NGHI_QUYET'],
  [/^TB(?![\p{L}\d])/u, 'THONG_BAO'],
  [/^BC(?![\p{L}\d])/u, 'BAO_CAO'],
  [/^HD(?![\p{L}\d])/u, 'HUONG_DAN'],
  [/^CTr(?![\p{L}\d])/u, 'CHUONG_TRINH'],
  [/^QC(?![\p{L}\d])/u, 'QUY_CHE'],
  [/^KL(?![\p{L}\d])/u, 'KET_LUAN'],
];

/** The document type told by its symbol, for a text whose type line is missing. */
export function kindOfSymbol(symbol: string | null): DocumentKind | null {
  const own = symbol?.split('/').pop() ?? '';
  return SYMBOL_KINDS.find(([pattern]) => pattern.test(own))?.[1] ?? null;
}
