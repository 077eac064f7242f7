import type { PlanText, TableBlock } from '@plan-ledger/extraction';
import { readPlanText } from '../read-plan-text';
import { expectConsistentPlanText } from '../testing/expect-consistent-plan-text';
import { readFixture } from '../testing/fixtures';
import { ocrSkipReason } from '../testing/ocr-available';

const OCR_TIMEOUT_MS = 240_000;
const skipReason = ocrSkipReason();
const describeOcr = skipReason ? describe.skip : describe;

const cellTexts = (plan: PlanText, block: TableBlock): string[][] =>
  block.rows.map((row) => row.cells.map((cell) => plan.text.slice(cell.start, cell.end)));

describeOcr(`OCR of a scan keeps its layout${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let plan: PlanText;
  beforeAll(async () => {
    plan = await readPlanText(readFixture('scanned', '002-scan.pdf'), { limits: { timeoutMs: OCR_TIMEOUT_MS } });
  }, OCR_TIMEOUT_MS);

  it('gives consistent PlanText from OCR', () => {
    expect(plan).toMatchObject({ source: 'ocr', pages: 4 });
    expectConsistentPlanText(plan);
  });

  it('rebuilds the ruled task table with its three columns, continued across pages, a group row one merged cell', () => {
    const tables = plan.blocks.filter((block): block is TableBlock => block.kind === 'table');
    const task = tables.find((table) => /^TT\tNội dung\t/.test(plan.text.slice(table.start, table.end)));
    expect(task).toMatchObject({ rebuilt: true, page: 1 });
    const rows = cellTexts(plan, task!);
    expect(rows[0]).toEqual(['TT', 'Nội dung', 'Đơn vị thực hiện và phối hợp']);
    const taskRows = rows.filter((cells) => cells.length === 3).slice(1);
    const groupRows = rows.filter((cells) => cells.length === 1);
    expect(taskRows.length).toBeGreaterThanOrEqual(16);
    expect(groupRows.map(([label]) => label)).toEqual(expect.arrayContaining([expect.stringMatching(/^QU[ÝỶ] /)]));
    expect(groupRows.length).toBe(4);
    expect(new Set(task!.rows.map((row) => row.page))).toEqual(new Set([1, 2, 3]));
  });

  it('keeps the prose around the table as paragraphs, page numbers dropped', () => {
    const paragraphs = plan.blocks.filter((block) => block.kind === 'paragraph').map((block) => plan.text.slice(block.start, block.end));
    expect(paragraphs).toEqual(expect.arrayContaining([expect.stringMatching(/GIẢI PHÁP TRIỂN KHAI$/), expect.stringMatching(/^KẾ HOẠCH$/)]));
    expect(paragraphs.filter((text) => /^\d{1,2}$/.test(text))).toEqual([]);
  });
});
