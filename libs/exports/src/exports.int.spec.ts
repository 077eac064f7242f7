import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { canonicalUnitId } from '@plan-ledger/extraction';
import { complianceReport, deadlineList, type ComplianceReport, type DeadlineList } from '@plan-ledger/projections';
import { openComplianceLedger, type ComplianceLedger, type IngestedPlan } from '../../ingestion/src/directives/testing/compliance-ledger';
import { toCsv } from './csv';
import { toIcs } from './ics';
import { complianceDetailTable, complianceSummaryTable, deadlinesTable } from './tables';
import { toXlsx } from './xlsx';

describe('exports of plan 001’s compliance', () => {
  let ledger: ComplianceLedger;
  let plan: IngestedPlan;
  let report: ComplianceReport;
  let deadlines: DeadlineList;
  const issuer = 'Ủy ban nhân dân xã Xuân Sơn';
  const office = canonicalUnitId('Văn phòng – Thống kê', issuer);

  beforeAll(async () => {
    ledger = openComplianceLedger();
    ledger.clock.now = '2022-01-05T02:00:00.000Z';
    plan = await ledger.ingest('plans/001.docx');
    ledger.clock.now = '2022-02-10T02:00:00.000Z';
    await ledger.directive({ type: 'CompleteDirective', data: { directiveId: plan.idAt('table1/row2'), completedOn: '2022-01-20' } });
    await ledger.directive({ type: 'CompleteDirective', data: { directiveId: plan.idAt('table1/row1'), completedOn: '2022-02-03' } });
    await ledger.runner.runOnce();
    report = complianceReport(ledger.db, { year: 2022, issuer, asOf: '2022-06-15' });
    deadlines = deadlineList(ledger.db, { issuer, asOf: '2022-06-15', within: 60, unit: office });
  }, 60_000);

  afterAll(() => ledger.close());

  it('writes an XLSX with the expected sheets, Vietnamese headers and typed date cells (read back)', async () => {
    const bytes = await toXlsx(
      [complianceSummaryTable(report), complianceDetailTable(report), deadlinesTable('Hạn sắp tới', deadlines.upcoming), deadlinesTable('Quá hạn', deadlines.overdue)],
      { created: '2022-06-15T10:00:00.000Z' },
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Chi tiết', 'Hạn sắp tới', 'Quá hạn']);

    const summary = workbook.getWorksheet('Tổng hợp')!;
    expect(summary.getRow(1).getCell(4).value).toBe('Hoàn thành đúng hạn');
    const officeRow = summary.getRows(2, summary.rowCount - 1)!.find((r) => r.getCell(1).value === 'Văn phòng – Thống kê')!;
    expect([4, 5, 6, 7].map((c) => officeRow.getCell(c).value)).toEqual([1, 1, 6, 0]);

    const detail = workbook.getWorksheet('Chi tiết')!;
    expect(detail.getRow(1).values).toEqual([undefined, 'Đơn vị chủ trì', 'Nhiệm vụ', 'Kỳ', 'Kế hoạch số', 'Hạn ban đầu', 'Hạn hiện hành', 'Ngày hoàn thành', 'Tình trạng']);
    const late = detail.getRows(2, detail.rowCount - 1)!.find((r) => r.getCell(8).value === 'Hoàn thành quá hạn')!;
    const completed = late.getCell(7);
    expect(completed.type).toBe(ExcelJS.ValueType.Date);
    expect((completed.value as Date).toISOString()).toBe('2022-02-03T00:00:00.000Z');
    expect(completed.numFmt).toBe('dd/mm/yyyy');
    expect((late.getCell(5).value as Date).toISOString()).toBe('2022-01-31T00:00:00.000Z');

    const upcoming = workbook.getWorksheet('Hạn sắp tới')!;
    expect(upcoming.rowCount - 1).toBe(deadlines.upcoming.length);
    expect(upcoming.getRow(2).getCell(6).type).toBe(ExcelJS.ValueType.Date);
  });

  it('writes a CSV with a BOM, Vietnamese headers and dd/mm/yyyy dates', () => {
    const csv = toCsv(complianceDetailTable(report));
    expect(csv.startsWith('\uFEFFĐơn vị chủ trì,Nhiệm vụ,Kỳ,')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(complianceDetailTable(report).rows.length + 1);
    const late = lines.find((l) => l.endsWith(',Hoàn thành quá hạn'))!;
    expect(late).toContain(',31/01/2022,31/01/2022,03/02/2022,');
    // A field with a comma is quoted.
    expect(lines.some((l) => l.includes(',"Tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2021'))).toBe(true);
  });

  it('writes an ICS feed of a unit’s deadlines that a real parser reads back', () => {
    const items = [...deadlines.overdue, ...deadlines.upcoming];
    expect(items.length).toBeGreaterThan(0);
    const text = toIcs({ name: 'Văn phòng – Thống kê', generatedAt: '2022-06-15T10:00:00.000Z', items });
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => e.uid)).toEqual(items.map((i) => `${i.directiveId}-${i.occurrence}@plan-ledger`));
    for (const [i, event] of events.entries()) {
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(items[i].dueInForce);
      expect(event.endDate.toString()).toBe(new Date(Date.parse(`${items[i].dueInForce}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
      expect(event.summary).toBe(items[i].text);
    }
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//plan-ledger//deadlines//VI');
    // The same data gives the same feed: clients update events rather than duplicate them.
    expect(toIcs({ name: 'Văn phòng – Thống kê', generatedAt: '2022-06-15T10:00:00.000Z', items })).toBe(text);
  });
});
