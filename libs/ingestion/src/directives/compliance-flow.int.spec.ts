import { PlanLedgerError, type TrackedStatus } from '@plan-ledger/domain';
import { canonicalUnitId } from '@plan-ledger/extraction';
import { complianceReport, deadlineList, type ComplianceReport } from '@plan-ledger/projections';
import { openComplianceLedger, type ComplianceLedger, type IngestedPlan } from './testing/compliance-ledger';

/**
 * Plan 001 (a commune's 2022 emulation plan) ingested with the real engine, then worked on with a controlled clock:
 * completions before and after their deadlines, one extension, one cancellation, a completion recorded late and a
 * backdated correction. The four buckets per unit are checked on three dates, and again after a full rebuild.
 */
describe('compliance of plan 001 as of three dates', () => {
  let ledger: ComplianceLedger;
  let plan: IngestedPlan;
  const issuer = 'Ủy ban nhân dân xã Xuân Sơn';
  const office = canonicalUnitId('Văn phòng – Thống kê', issuer);
  const specialists = canonicalUnitId('Cán bộ, công chức chuyên môn thuộc xã', issuer);
  const sectors = canonicalUnitId('Ban, ngành, đoàn thể', issuer);

  const at = (instant: string) => (ledger.clock.now = instant);
  const rowOf = (report: ComplianceReport, unitId: string) => report.rows.find((r) => r.unitId === unitId);
  const counts = (report: ComplianceReport, unitId: string) => rowOf(report, unitId)?.counts;
  const placesIn = (report: ComplianceReport, unitId: string, status: TrackedStatus) =>
    rowOf(report, unitId)!.directives[status].map((d) => d.directiveId).map((id) => placeOf(id)).sort();
  let placeOf: (id: string) => string;

  beforeAll(async () => {
    ledger = openComplianceLedger();
    at('2022-01-05T02:00:00.000Z');
    plan = await ledger.ingest('plans/001.docx');
    const places = ['table1/row1', 'table1/row2', 'table1/row3', 'table1/row4', 'table1/row5', 'table1/row6', 'table1/row8', 'table1/row10', 'III/3', 'III/3/#1'];
    const byId = new Map(places.map((p) => [plan.idAt(p), p]));
    placeOf = (id) => byId.get(id) ?? id;
    const id = plan.idAt;

    at('2022-01-20T09:00:00.000Z');
    await ledger.directive({ type: 'CompleteDirective', data: { directiveId: id('table1/row2'), completedOn: '2022-01-20' } });
    at('2022-01-28T09:00:00.000Z');
    await ledger.directive({ type: 'CompleteDirective', data: { directiveId: id('III/3/#1'), occurrence: '2022-01', completedOn: '2022-01-28' } });
    at('2022-02-03T09:00:00.000Z');
    await ledger.directive({ type: 'CompleteDirective', data: { directiveId: id('table1/row1'), completedOn: '2022-02-03' } });
    at('2022-06-25T09:00:00.000Z');
    await ledger.directive({
      type: 'ExtendDeadline',
      data: { directiveId: id('table1/row3'), newDue: '2022-07-15', reason: 'chờ số liệu của thị xã', authorisedBy: '15/TB-UBND' },
    });
    at('2022-07-10T09:00:00.000Z');
    await ledger.directive({ type: 'CompleteDirective', data: { directiveId: id('table1/row3') } });
    at('2022-08-01T09:00:00.000Z');
    await ledger.directive({ type: 'CompleteDirective', data: { directiveId: id('III/3') } });
    // Done on 25 July, but only recorded on 10 August.
    at('2022-08-10T03:00:00.000Z');
    await ledger.directive({ type: 'CompleteDirective', data: { directiveId: id('table1/row4'), completedOn: '2022-07-25' } });
    at('2022-09-01T09:00:00.000Z');
    await ledger.directive({ type: 'CancelDirective', data: { directiveId: id('table1/row5'), reason: 'thị xã không tổ chức năm nay' } });
    // The engine read 15/11; the plan meant 30/09. Corrected on 5 October, true from the start.
    at('2022-10-05T03:00:00.000Z');
    await ledger.directive({
      type: 'CorrectDirective',
      data: { directiveId: id('table1/row6'), after: { deadline: { kind: 'date', start: null, due: '2022-09-30', raw: 'trước ngày 30/9/2022' } }, reason: 'đọc sai ngày' },
    });
    at('2022-12-01T09:00:00.000Z');
    await ledger.runner.runOnce();
  });

  afterAll(() => ledger.close());

  const A = '2022-01-25';
  const B = '2022-07-05';
  const C = '2022-10-15';

  it(`as of ${A}: one on time, the rest open`, () => {
    const report = complianceReport(ledger.db, { year: 2022, issuer, asOf: A });
    expect(counts(report, office)).toEqual({ onTime: 1, late: 0, open: 7, overdue: 0, noDeadline: 0, cancelled: 0 });
    expect(placesIn(report, office, 'onTime')).toEqual(['table1/row2']);
    expect(counts(report, specialists)).toEqual({ onTime: 0, late: 0, open: 1, overdue: 0, noDeadline: 0, cancelled: 0 });
  });

  it(`as of ${B}: one late, and the extended report still open`, () => {
    const report = complianceReport(ledger.db, { year: 2022, issuer, asOf: B });
    expect(counts(report, office)).toEqual({ onTime: 1, late: 1, open: 6, overdue: 0, noDeadline: 0, cancelled: 0 });
    expect(placesIn(report, office, 'late')).toEqual(['table1/row1']);
    const extended = rowOf(report, office)!.directives.open.find((d) => d.directiveId === plan.idAt('table1/row3'))!;
    expect([extended.due, extended.dueInForce]).toEqual(['2022-06-30', '2022-07-15']);
    // Monthly work (day 30 of each month): January done, February to June overdue, July to December open; beside
    // them, the same unit ("Các ban, ngành, đoàn thể") in a paragraph with no deadline.
    expect(counts(report, sectors)).toEqual({ onTime: 1, late: 0, open: 6, overdue: 5, noDeadline: 1, cancelled: 0 });
    expect(placesIn(report, sectors, 'noDeadline')).toEqual([plan.idAt('III/3/#2')]);
  });

  it(`as of ${C}: late-recorded completion on time, cancellation beside, corrected deadline overdue`, () => {
    const report = complianceReport(ledger.db, { year: 2022, issuer, asOf: C });
    expect(counts(report, office)).toEqual({ onTime: 3, late: 1, open: 2, overdue: 1, noDeadline: 0, cancelled: 1 });
    expect(placesIn(report, office, 'onTime')).toEqual(['table1/row2', 'table1/row3', 'table1/row4']);
    expect(placesIn(report, office, 'overdue')).toEqual(['table1/row6']);
    expect(placesIn(report, office, 'cancelled')).toEqual(['table1/row5']);
    expect(placesIn(report, office, 'open')).toEqual(['table1/row10', 'table1/row8']);
    expect(counts(report, specialists)).toEqual({ onTime: 1, late: 0, open: 0, overdue: 0, noDeadline: 0, cancelled: 0 });
  });

  it('a completion recorded late counts as of its date, but not in the report printed before it was recorded', () => {
    const row4 = plan.idAt('table1/row4');
    const known = complianceReport(ledger.db, { issuer, asOf: '2022-08-05', unit: office });
    expect(known.rows[0].directives.onTime.map((d) => d.directiveId)).toContain(row4);
    const printed = complianceReport(ledger.db, { issuer, asOf: '2022-08-05', unit: office, knownBefore: '2022-08-05' });
    expect(printed.rows[0].directives.overdue.map((d) => d.directiveId)).toContain(row4);
    const printedAfter = complianceReport(ledger.db, { issuer, asOf: '2022-08-10', unit: office, knownBefore: '2022-08-10' });
    expect(printedAfter.rows[0].directives.onTime.map((d) => d.directiveId)).toContain(row4);
  });

  it('a backdated correction applies to every past date, except in reports printed before it was made', () => {
    const row6 = plan.idAt('table1/row6');
    const known = complianceReport(ledger.db, { issuer, asOf: '2022-10-03', unit: office });
    expect(known.rows[0].directives.overdue.find((d) => d.directiveId === row6)?.due).toBe('2022-09-30');
    const printed = complianceReport(ledger.db, { issuer, asOf: '2022-10-03', unit: office, knownBefore: '2022-10-03' });
    expect(printed.rows[0].directives.open.find((d) => d.directiveId === row6)?.due).toBe('2022-11-15');
  });

  it('lists upcoming and overdue deadlines', () => {
    const list = deadlineList(ledger.db, { issuer, asOf: '2022-11-01', within: 30, unit: office });
    expect(list.upcoming.map((d) => [placeOf(d.directiveId), d.dueInForce, d.daysLeft])).toEqual([
      ['table1/row8', '2022-11-15', 14],
    ]);
    expect(list.overdue.map((d) => [placeOf(d.directiveId), d.daysLeft])).toEqual([['table1/row6', -32]]);
  });

  it('refuses a completion dated before the plan was issued', async () => {
    await expect(
      ledger.directive({ type: 'CompleteDirective', data: { directiveId: plan.idAt('table1/row8'), completedOn: '2022-01-03' } }),
    ).rejects.toMatchObject({ code: 'COMMAND.REJECTED' } satisfies Partial<PlanLedgerError>);
  });

  it('gives the same figures after a full rebuild from the event log', async () => {
    const before = [A, B, C].map((asOf) => complianceReport(ledger.db, { year: 2022, asOf }));
    const result = await ledger.runner.rebuild();
    expect(result.events).toBeGreaterThan(0);
    expect([A, B, C].map((asOf) => complianceReport(ledger.db, { year: 2022, asOf }))).toEqual(before);
  });

  it('counts a merged unit under the unit it was merged into', async () => {
    const standing = canonicalUnitId('Cơ quan Thường trực Hội đồng Thi đua - Khen thưởng (Công chức Văn phòng- Thống kê)', issuer);
    const before = complianceReport(ledger.db, { year: 2022, issuer, asOf: C });
    expect(counts(before, standing)?.noDeadline).toBe(4);
    await ledger.unit({ type: 'MergeUnits', data: { unitId: standing, into: { unitId: office, issuer, status: 'active' }, reason: 'cùng là công chức Văn phòng - Thống kê' } });
    await ledger.runner.runOnce();
    const after = complianceReport(ledger.db, { year: 2022, issuer, asOf: C });
    expect(rowOf(after, standing)).toBeUndefined();
    expect(counts(after, office)).toEqual({ ...counts(before, office), noDeadline: 4 });
  });
});
