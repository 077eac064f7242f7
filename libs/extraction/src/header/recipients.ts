import { foldVietnamese } from '../text';

/**
 * The "Nơi nhận:" list: one addressee per item, printed "- Sở Nội vụ;". Items are given without the dash and the
 * closing ";"/"."; the archive line ("Lưu: VT, …") is not an addressee. `text` is the list as one string (a table
 * cell) or its lines joined by newlines.
 */
export function recipientsOf(text: string): string[] {
  const at = /Nơi\s+nhận\s*:?/iu.exec(text);
  if (!at) return [];
  const body = text.slice(at.index + at[0].length);
  const items = /;/.test(body) ? body.split(/;|\n(?=\s*[-+•])/u) : body.split(/\n|\s[-+•]\s/u);
  const out: string[] = [];
  for (const raw of items) {
    const item = raw.replace(/^[\s\-+•–]+/u, '').replace(/[\s;,.]+$/u, '').trim();
    if (!item) continue;
    if (/^luu\b/.test(foldVietnamese(item))) break;
    out.push(item);
  }
  return out;
}
