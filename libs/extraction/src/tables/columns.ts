import { foldVietnamese } from '../text';

/** What a task-table column holds, read from its header cell. */
export type ColumnRole =
  | 'ordinal' | 'content' | 'direct' | 'lead' | 'support' | 'leadAndSupport' | 'time' | 'product' | 'note';

/** Header names in the usual wording of plans' task tables (folded), tried in this order. */
const ROLE_NAMES: ReadonlyArray<[ColumnRole, RegExp]> = [
  ['ordinal', /^(?:s?tt|so tt|so thu tu|thu tu)$/],
  ['time', /\b(?:thoi gian|thoi han|tien do|han hoan thanh|moc thoi gian|thoi diem)\b/],
  ['product', /\b(?:san pham|ket qua dau ra|hinh thuc van ban)\b/],
  ['note', /\bghi chu\b/],
  ['leadAndSupport', /\b(?:chu tri|thuc hien|trach nhiem)\b.*\bphoi hop\b/],
  ['support', /\bphoi hop\b/],
  ['direct', /\bchi dao\b|\blanh dao phu trach\b/],
  ['lead', /^(?:don vi|co quan|bo phan|nguoi|can bo|phan cong|giao)\b|\b(?:chu tri|trach nhiem)\b/],
  ['content', /\b(?:noi dung|nhiem vu|cong viec|hoat dong|giai phap|ten de an|chuong trinh)\b/],
  ['lead', /\bthuc hien\b/],
];

export function columnRoleOf(header: string): ColumnRole | null {
  const folded = foldVietnamese(header);
  if (!folded) return null;
  return ROLE_NAMES.find(([, pattern]) => pattern.test(folded))?.[0] ?? null;
}

/**
 * Column roles of a header row, or null when the row is not a task table's header: it needs a content
 * column and at least one unit or time column. "Chỉ đạo, chủ trì" is the directing column when another
 * column carries the work ("Thực hiện"); alone it is the lead column.
 */
export function columnsOf(headers: string[]): ColumnRole[] | null {
  const roles = headers.map((h) => columnRoleOf(h));
  if (!roles.includes('content')) return null;
  if (!roles.some((r) => r === 'lead' || r === 'leadAndSupport' || r === 'time' || r === 'support' || r === 'direct')) return null;
  const hasLead = roles.some((r) => r === 'lead' || r === 'leadAndSupport');
  return roles.map((r, i) => {
    if (r === 'direct' && !hasLead && /\bchu tri\b/.test(foldVietnamese(headers[i]))) return 'lead';
    return r ?? 'note';
  });
}
