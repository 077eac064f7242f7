import fc from 'fast-check';
import { extractPlan } from './engine';
import type { PlanText } from './plan-text';
import { anyText, isCalendarIso, phraseOf, vietnameseText } from './testing/text-arbitraries';

/** Paragraphs as a Decree 30 plan lays them out (header, type line, numbered sections, tasks, closing), with noise. */
const line = fc.oneof(
  fc.constantFrom(
    'ỦY BAN NHÂN DÂN TỈNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/KH-UBND',
    'Hà Nội, ngày 05 tháng 01 năm 2024', 'KẾ HOẠCH', 'Tổ chức các phong trào thi đua năm 2024', 'I. MỤC ĐÍCH, YÊU CẦU',
    'II. NỘI DUNG', '1. Nhiệm vụ', 'a) Tổ chức', '- ', 'III. TỔ CHỨC THỰC HIỆN', 'Nơi nhận:', '- Lưu: VT.', 'CHỦ TỊCH',
    'TM. ỦY BAN NHÂN DÂN', 'Nguyễn Văn A', '2', '',
  ),
  phraseOf(['Sở Nội vụ chủ trì, phối hợp với', 'các cơ quan, đơn vị', 'triển khai', 'trước ngày 30/6/2024', 'hằng quý', 'trong tháng 12',
    'Quyết định số 5/QĐ-UBND ngày 3/2/2023', 'báo cáo kết quả', 'thực hiện', 'năm 2024']),
  vietnameseText(80),
);
const row = fc.array(phraseOf(['TT', 'Nội dung', 'Đơn vị chủ trì', 'Thời gian', 'Sở Nội vụ', 'Quý I', '1', 'Tháng 3/2024'], 3), { minLength: 1, maxLength: 5 });

type Part = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };
const parts = fc.array(
  fc.oneof({ weight: 4, arbitrary: line.map((text): Part => ({ kind: 'paragraph', text })) }, { weight: 1, arbitrary: fc.array(row, { minLength: 1, maxLength: 4 }).map((rows): Part => ({ kind: 'table', rows })) }),
  { maxLength: 40 },
);

/** Lays the parts out as PlanText does: paragraphs by blank lines, cells by tabs, rows by newlines, every range exact. */
function planTextOf(items: Part[]): PlanText {
  let text = '';
  const blocks: PlanText['blocks'] = [];
  const add = (s: string): { start: number; end: number } => {
    if (text) text += '\n\n';
    const start = text.length;
    text += s;
    return { start, end: text.length };
  };
  for (const item of items) {
    const clean = (s: string) => s.normalize('NFC').replace(/[\t\n]+/g, ' ');
    if (item.kind === 'paragraph') {
      if (clean(item.text).trim()) blocks.push({ kind: 'paragraph', ...add(clean(item.text)) });
      continue;
    }
    const table = add(item.rows.map((cells) => cells.map(clean).join('\t')).join('\n'));
    let at = table.start;
    const rows = item.rows.map((cells) => {
      const rowStart = at;
      const ranged = cells.map((cell) => {
        const range = { start: at, end: at + clean(cell).length };
        at = range.end + 1;
        return range;
      });
      return { start: rowStart, end: at - 1, cells: ranged };
    });
    blocks.push({ kind: 'table', ...table, rows });
  }
  return { text, blocks, source: 'docx' };
}

const inside = (range: { start: number; end: number }, length: number) => 0 <= range.start && range.start <= range.end && range.end <= length;

describe('extractPlan properties', () => {
  it('never throws; every span lies inside the text; every date is real; ids are unique; the result is deterministic', () => {
    fc.assert(
      fc.property(parts, (items) => {
        const plan = planTextOf(items);
        const extraction = extractPlan(plan, { source: 'fuzz' });
        for (const d of extraction.directives) {
          expect(inside(d.span, plan.text.length)).toBe(true);
          expect(d.text.trim()).not.toBe('');
          if (d.deadline?.span) expect(inside(d.deadline.span, plan.text.length)).toBe(true);
          for (const iso of [d.deadline?.start, d.deadline?.due]) if (iso) expect(isCalendarIso(iso)).toBe(true);
          if (d.deadline?.start && d.deadline.due) expect(d.deadline.start <= d.deadline.due).toBe(true);
        }
        for (const span of Object.values(extraction.document.spans ?? {})) expect(inside(span, plan.text.length)).toBe(true);
        expect(new Set(extraction.directives.map((d) => d.id)).size).toBe(extraction.directives.length);
        expect(extractPlan(plan, { source: 'fuzz' })).toEqual(extraction);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary code points in one paragraph', () => {
    fc.assert(
      fc.property(anyText(400), (s) => {
        extractPlan({ text: s, blocks: [{ kind: 'paragraph', start: 0, end: s.length }], source: 'text' }, { source: 'fuzz' });
      }),
      { numRuns: 300 },
    );
  });
});
