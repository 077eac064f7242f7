import { foldVietnamese } from '../text';

/**
 * What a top-level section of a plan is for (Decree 30 plans: I. MỤC ĐÍCH, YÊU CẦU / II. NỘI DUNG … /
 * III. TỔ CHỨC THỰC HIỆN). Purposes and requirements never hold directives; content sections hold work
 * items that count only with a deadline; the implementation section assigns work to units.
 */
export type SectionKind = 'purpose' | 'content' | 'implementation' | 'funding' | 'other';

const KINDS: ReadonlyArray<[SectionKind, RegExp]> = [
  ['implementation', /\b(?:to chuc thuc hien|phan cong|trach nhiem|to chuc trien khai thuc hien)\b/],
  // A reporting section ("Chế độ báo cáo") assigns reports to units, as the implementation section does.
  ['implementation', /\bche do\b.*\bbao cao\b|^bao cao\b/],
  ['purpose', /\b(?:muc dich|yeu cau|muc tieu|quan diem|chi tieu)\b/],
  ['funding', /\b(?:kinh phi|nguon kinh phi|du toan)\b/],
  ['content', /\b(?:noi dung|nhiem vu|giai phap|hoat dong|chuong trinh|cong tac|ke hoach|tien do|lich trinh)\b/],
];

export function sectionKindOf(heading: string): SectionKind {
  const folded = foldVietnamese(heading);
  return KINDS.find(([, pattern]) => pattern.test(folded))?.[0] ?? 'other';
}
