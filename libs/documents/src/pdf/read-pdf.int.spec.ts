import type { PlanText, TableBlock } from '@plan-ledger/extraction';
import { readPlanText } from '../read-plan-text';
import { readFixture } from '../testing/fixtures';
import { expectConsistentPlanText } from '../testing/expect-consistent-plan-text';

const PLANS = ['000', '001', '002', '003', '004'];
const tables = (planText: PlanText): TableBlock[] =>
  planText.blocks.filter((block): block is TableBlock => block.kind === 'table');
const largestTable = (planText: PlanText): TableBlock =>
  tables(planText).reduce((best, table) => (table.rows.length > best.rows.length ? table : best));
const cellTexts = (planText: PlanText, table: TableBlock): string[][] =>
  table.rows.map((row) => row.cells.map((cell) => planText.text.slice(cell.start, cell.end)));

describe('readPlanText on PDF plans', () => {
  it.each(PLANS)('reads plans/%s.pdf into consistent, non-empty PlanText with pages', async (plan) => {
    const planText = await readPlanText(readFixture('plans', `${plan}.pdf`));
    expect(planText.source).toBe('pdf');
    expect(planText.pages).toBeGreaterThan(1);
    expect(planText.text).toMatch(/KẾ HOẠCH/);
    expectConsistentPlanText(planText);
    for (const block of planText.blocks) expect(block.page).toBeGreaterThanOrEqual(1);
  });

  it.each(PLANS)('drops the page numbers of plans/%s.pdf', async (plan) => {
    const planText = await readPlanText(readFixture('plans', `${plan}.pdf`));
    const loneNumbers = planText.blocks.filter(
      (block) => block.kind === 'paragraph' && /^\d{1,3}$/.test(planText.text.slice(block.start, block.end)),
    );
    expect(loneNumbers).toEqual([]);
  });

  it.each([
    ['001', 6, 10],
    ['002', 3, 20],
  ])('rebuilds the task table of plans/%s.pdf (%i columns, at least %i rows) across its pages', async (plan, columns, minRows) => {
    const planText = await readPlanText(readFixture('plans', `${plan}.pdf`));
    const table = largestTable(planText);
    expect(table.rebuilt).toBe(true);
    expect(table.rows.length).toBeGreaterThanOrEqual(minRows);
    expect(new Set(table.rows.map((row) => row.page)).size).toBeGreaterThan(1);
    const widths = table.rows.map((row) => row.cells.length);
    expect(widths.filter((width) => width === columns).length).toBeGreaterThanOrEqual(minRows - 4);
  });

  it('rejoins a row split by a page break and numbers every task row once', async () => {
    const planText = await readPlanText(readFixture('plans', '002.pdf'));
    const rows = cellTexts(planText, largestTable(planText));
    const numbered = rows.filter((cells) => cells.length === 3 && /^\d+$/.test(cells[0])).map((cells) => Number(cells[0]));
    expect(numbered).toEqual(Array.from({ length: numbered.length }, (_, i) => i + 1));
    expect(numbered.length).toBeGreaterThanOrEqual(15);
    expect(rows.filter((cells) => cells.length === 3 && cells[0] === '')).toEqual([]);
  });

  it('reads merged group rows of plans/002.pdf as one spanning cell', async () => {
    const planText = await readPlanText(readFixture('plans', '002.pdf'));
    const table = largestTable(planText);
    const spanning = table.rows.filter((row) => row.cells.length === 1 && row.cells[0].colSpan === 3);
    expect(spanning.length).toBe(4);
  });

  it('starts a paragraph at each numbered item and joins wrapped lines', async () => {
    const planText = await readPlanText(readFixture('plans', '002.pdf'));
    const paragraphs = planText.blocks
      .filter((block) => block.kind === 'paragraph')
      .map((block) => planText.text.slice(block.start, block.end));
    const numberedItems = paragraphs.filter((text) => /^\d+\. \p{Lu}/u.test(text));
    expect(numberedItems.length).toBeGreaterThanOrEqual(10);
    // Items of three or more printed lines (about 75 characters each) came out whole.
    expect(numberedItems.filter((text) => text.length > 225).length).toBeGreaterThanOrEqual(8);
  });

  it('reads the PDF named .docx as a PDF, with the same text as the plan', async () => {
    const [renamed, original] = await Promise.all([
      readPlanText(readFixture('edge', 'pdf-named-002.docx')),
      readPlanText(readFixture('plans', '002.pdf')),
    ]);
    expect(renamed.source).toBe('pdf');
    expect(renamed.text).toBe(original.text);
  });
});
