import { foldKeepingOffsets } from '../text';
import { splitUnitCell } from '../units';
import { isDeadlineLine } from './deadline-lines';

/**
 * A line that states a property of its block instead of a piece of work: "- Thời gian: Quý II/2024.",
 * "- Đơn vị chủ trì: Phòng Nội vụ", "- Lực lượng: Ủy ban Kiểm tra", "- Phối hợp: các phòng chuyên môn", "- Sản phẩm: Báo cáo", "- Nội dung: …".
 * Time and unit lines give their value to the block's directives; the others only describe it.
 */
export type Attribute =
  | { kind: 'time' }
  | { kind: 'units'; role: 'lead' | 'support' | 'direct'; names: string[] }
  | { kind: 'detail' };

// Inspection plans of Party committees name who inspects as "Lực lượng (kiểm tra)" or "Chủ thể (kiểm tra)".
const UNIT_LABEL = /^(?:(?:don vi|co quan|bo phan|nguoi|can bo)\s+)?(chu tri|thuc hien|phoi hop|chi dao|phu trach|trach nhiem thuc hien|trach nhiem|luc luong|chu the)\b[^:]{0,30}:/;
const DETAIL_LABEL = /^(?:san pham|ket qua|kinh phi|nguon kinh phi|hinh thuc|noi dung|doi tuong|thanh phan|dia diem|yeu cau|muc tieu|chi tieu)\b[^:]{0,30}:/;

export function attributeOf(text: string): Attribute | null {
  const line = text.trim();
  if (isDeadlineLine(line)) return { kind: 'time' };
  const folded = foldKeepingOffsets(line);
  const unit = UNIT_LABEL.exec(folded);
  if (unit) {
    const names = splitUnitCell(line.slice(unit[0].length));
    const role = unit[1] === 'phoi hop' ? 'support' : unit[1] === 'chi dao' ? 'direct' : 'lead';
    return { kind: 'units', role, names };
  }
  return DETAIL_LABEL.test(folded) ? { kind: 'detail' } : null;
}
