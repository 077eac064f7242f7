/** The kind of a cited document: from the word before its number, else from the type code of its symbol. */
import type { DocumentKind } from '../plan-extraction';

/** Folded document words; longest first so "thong tu lien tich" wins over "thong tu". */
export const DOCUMENT_WORDS: ReadonlyArray<[string, DocumentKind]> = [
  ['thong tu lien tich', 'THONG_TU'],
  ['chuong trinh hanh dong', 'CHUONG_TRINH'],
  ['thong bao ket luan', 'THONG_BAO'],
  ['chi thi', 'CHI_THI'],
  ['nghi dinh', 'NGHI_DINH'],
  ['quyet dinh', 'QUYET_DINH'],
  ['ke hoach', 'KE_HOACH'],
  ['nghi quyet', 'NGHI_QUYET'],
  ['thong tu', 'THONG_TU'],
  ['ket luan', 'KET_LUAN'],
  ['quy che', 'QUY_CHE'],
  ['cong van', 'CONG_VAN'],
  ['thong bao', 'THONG_BAO'],
  ['bao cao', 'BAO_CAO'],
  ['huong dan', 'HUONG_DAN'],
  ['chuong trinh', 'CHUONG_TRINH'],
  ['bo luat', 'LUAT'],
  ['luat', 'LUAT'],
  ['quy dinh', 'OTHER'],
  ['to trinh', 'OTHER'],
  ['cong dien', 'OTHER'],
  ['de an', 'OTHER'],
  ['thong tri', 'OTHER'],
  ['phap lenh', 'OTHER'],
  ['dieu le', 'OTHER'],
  ['van ban', 'OTHER'],
];

/**
 * "Văn bản số …" names no type: the symbol tells it. Any other word names its type, even one outside the list
 * ("Quy định số 296-QĐ/TW" is a Quy định, OTHER, though Party decisions share the code QĐ).
 */
export const isGenericDocumentWord = (folded: string): boolean => folded === 'van ban';

/** Type codes of symbols (Decree 30/2020/NĐ-CP, appendix III), folded (Đ→D) and uppercase. */
const TYPE_CODES: Readonly<Record<string, DocumentKind>> = {
  CT: 'CHI_THI', ND: 'NGHI_DINH', QD: 'QUYET_DINH', KH: 'KE_HOACH', NQ: 'NGHI_QUYET', TT: 'THONG_TU', TTLT: 'THONG_TU',
  KL: 'KET_LUAN', QC: 'QUY_CHE', HD: 'HUONG_DAN', TB: 'THONG_BAO', BC: 'BAO_CAO', CTR: 'CHUONG_TRINH', QH: 'LUAT',
};

/** "34-CT/TW" → CHI_THI, "98/2023/NĐ-CP" → NGHI_DINH, "06/2022/QH15" → LUAT; null when no type code is known. */
export function kindFromSymbol(number: string): DocumentKind | null {
  for (const segment of number.split(/[\/-]/)) {
    const code = segment.replace(/Đ/g, 'D').replace(/đ/g, 'd').replace(/\d+$/, '').toUpperCase();
    if (!/^[A-Z]+$/.test(code)) continue;
    if (TYPE_CODES[code]) return TYPE_CODES[code];
  }
  return null;
}
