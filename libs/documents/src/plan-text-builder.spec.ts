import { PlanTextBuilder, cleanCellText, cleanParagraphText } from './plan-text-builder';
import { expectConsistentPlanText } from './testing/expect-consistent-plan-text';

describe('cleanParagraphText', () => {
  it.each([
    ['  Kế   hoạch  ', 'Kế hoạch'],
    ['dòng một\r\n\r\n\r\ndòng hai', 'dòng một\ndòng hai'],
    ['cột\tcột', 'cột cột'],
    ['K\u1EBE HO\u1EA0CH'.normalize('NFD'), 'KẾ HOẠCH'],
    ['a\u00a0b', 'a b'],
  ])('cleans %j to %j', (input, expected) => {
    expect(cleanParagraphText(input)).toBe(expected);
  });
});

describe('cleanCellText', () => {
  it.each([
    ['- Văn phòng;\n- Sở Nội vụ', '- Văn phòng; - Sở Nội vụ'],
    ['\tQUÝ I\t', 'QUÝ I'],
  ])('keeps a cell on one line: %j', (input, expected) => {
    expect(cleanCellText(input)).toBe(expected);
  });
});

describe('PlanTextBuilder', () => {
  it('joins blocks by blank lines, rows by newlines, cells by tabs, with matching ranges', () => {
    const builder = new PlanTextBuilder();
    builder.paragraph('KẾ HOẠCH', { style: 'h1' });
    builder.table([{ cells: [{ text: 'TT' }, { text: 'Nội dung' }] }, { cells: [{ text: 'QUÝ I', colSpan: 2 }] }]);
    builder.paragraph('   ');
    builder.paragraph('Tổ chức thực hiện', { page: 2 });
    const planText = builder.build('docx');

    expect(planText.text).toBe('KẾ HOẠCH\n\nTT\tNội dung\nQUÝ I\n\nTổ chức thực hiện');
    expect(planText.blocks.map((block) => block.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(planText.blocks[0]).toMatchObject({ style: 'h1' });
    expect(planText.blocks[2]).toMatchObject({ page: 2 });
    const table = planText.blocks[1];
    expect(table.kind === 'table' && table.rows[1].cells[0].colSpan).toBe(2);
    expectConsistentPlanText(planText);
  });

  it('drops tables whose cells are all empty', () => {
    const builder = new PlanTextBuilder();
    builder.table([{ cells: [{ text: ' ' }, { text: '' }] }]);
    expect(builder.isEmpty).toBe(true);
  });
});
