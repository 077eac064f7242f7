import type { PlanText } from '@plan-ledger/extraction';
import { readPlanText } from '../read-plan-text';
import { readFixture } from '../testing/fixtures';
import { expectConsistentPlanText } from '../testing/expect-consistent-plan-text';
import { docx, paragraphXml, zip } from '../testing/zip';

const tablesOf = (planText: PlanText) => planText.blocks.filter((block) => block.kind === 'table');
const PLANS = ['000', '001', '002', '003', '004'];

describe('readPlanText on DOCX plans', () => {
  it.each(PLANS)('reads plans/%s.docx into consistent, non-empty PlanText', async (plan) => {
    const planText = await readPlanText(readFixture('plans', `${plan}.docx`));
    expect(planText.source).toBe('docx');
    expect(planText.text.length).toBeGreaterThan(2000);
    expect(planText.text).toMatch(/KẾ HOẠCH/);
    expectConsistentPlanText(planText);
  });

  it.each([
    ['001', 'its appendix', 10],
    ['002', 'its task table with QUÝ group rows', 20],
  ])('keeps the task table of plan %s (%s)', async (plan, _what, minRows) => {
    const planText = await readPlanText(readFixture('plans', `${plan}.docx`));
    const largest = Math.max(...tablesOf(planText).map((table) => (table.kind === 'table' ? table.rows.length : 0)));
    expect(largest).toBeGreaterThanOrEqual(minRows);
  });

  it('reads a merged group row of plan 002 as one cell spanning the table', async () => {
    const planText = await readPlanText(readFixture('plans', '002.docx'));
    const groupRows = tablesOf(planText)
      .flatMap((table) => (table.kind === 'table' ? table.rows : []))
      .filter((row) => row.cells.length === 1 && (row.cells[0].colSpan ?? 1) > 1);
    expect(groupRows.map((row) => planText.text.slice(row.start, row.end))).toEqual(
      expect.arrayContaining(['QUÝ I', 'QUÝ II']),
    );
  });
});

describe('readPlanText on DOCX edge cases', () => {
  it('reads the NFD copy of plan 000 to the same text as the plan', async () => {
    const [nfd, nfc] = await Promise.all([
      readPlanText(readFixture('edge', 'nfd-000.docx')),
      readPlanText(readFixture('plans', '000.docx')),
    ]);
    expect(nfd.text).toBe(nfc.text);
    expect(nfd.blocks).toEqual(nfc.blocks);
  });

  it('reads the 220-page DOCX within the default limits', async () => {
    const started = Date.now();
    const planText = await readPlanText(readFixture('edge', 'long-001x40.docx'));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(planText.text.length).toBeGreaterThan(40 * 10_000);
    expectConsistentPlanText(planText);
  });

  it('refuses it when its unpacked XML exceeds a lower limit', async () => {
    await expect(
      readPlanText(readFixture('edge', 'long-001x40.docx'), { limits: { maxUnpackedBytes: 1024 * 1024 } }),
    ).rejects.toMatchObject({ code: 'DOCUMENT.UNPACKED_TOO_LARGE' });
  });
});

describe('readPlanText on built DOCX files', () => {
  const lvl = (ilvl: number, numFmt: string, lvlText: string): string =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${numFmt}"/><w:lvlText w:val="${lvlText}"/></w:lvl>`;
  const numberingXml =
    `<w:abstractNum w:abstractNumId="0">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'decimal', '%2.')}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="1">${lvl(0, 'bullet', '-')}</w:abstractNum>` +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>';
  const body = [
    paragraphXml('KẾ HOẠCH'),
    paragraphXml('MỤC ĐÍCH', { numId: 1, ilvl: 0 }),
    paragraphXml('Mục đích', { numId: 1, ilvl: 1 }),
    paragraphXml('Yêu cầu', { numId: 1, ilvl: 1 }),
    paragraphXml('NỘI DUNG', { numId: 1, ilvl: 0 }),
    `<w:tbl><w:tr><w:tc>${paragraphXml('1')}</w:tc><w:tc>${paragraphXml('Văn phòng;', { numId: 2, ilvl: 0 })}${paragraphXml('Các phòng.', { numId: 2, ilvl: 0 })}</w:tc></w:tr></w:tbl>`,
  ].join('');

  it('puts the labels of Word automatic numbering in front of their paragraphs and list items', async () => {
    const planText = await readPlanText(docx(body, { numberingXml }));
    expectConsistentPlanText(planText);
    expect(planText.text).toBe('KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\n1. Mục đích\n\n2. Yêu cầu\n\nII. NỘI DUNG\n\n1\t- Văn phòng; - Các phòng.');
    expect(planText.blocks.map((block) => (block.kind === 'paragraph' ? block.style : block.kind))).toEqual([
      undefined,
      'ol:1',
      'ol:1;level:2',
      'ol:2;level:2',
      'ol:2',
      'table',
    ]);
  });

  it('refuses a DOCX whose document.xml inflates beyond the size its header declares', async () => {
    const lying = docx(paragraphXml('Kế hoạch '.repeat(20_000)), { declaredDocumentSize: 1000 });
    await expect(readPlanText(lying)).rejects.toMatchObject({ code: 'DOCUMENT.CORRUPT', message: expect.stringMatching(/damaged DOCX/) });
  });

  it('refuses a ZIP without word/document.xml as not a Word document', async () => {
    await expect(readPlanText(zip([{ name: 'content.xml', content: '<x/>' }]))).rejects.toMatchObject({ code: 'DOCUMENT.NOT_WORD' });
  });
});
