import { directiveDecider, directiveStream, type DirectiveEvent } from '@plan-ledger/domain';
import { complianceReport } from '@plan-ledger/projections';
import { openComplianceLedger, type ComplianceLedger } from './testing/compliance-ledger';

/**
 * Reconciliation: a person's correction pins the field; a newer engine's reading is recorded beside it (and named in
 * `keptCorrections` where the two differ) but never replaces it. Fields nobody corrected follow the newer engine.
 */
describe('re-extracting plan 001 after an engine upgrade', () => {
  let ledger: ComplianceLedger;
  afterAll(() => ledger.close());

  it('keeps the human correction and takes the new reading elsewhere', async () => {
    ledger = openComplianceLedger();
    ledger.clock.now = '2022-01-05T02:00:00.000Z';
    const plan = await ledger.ingest('plans/001.docx');
    const row6 = plan.idAt('table1/row6');
    ledger.clock.now = '2022-03-01T02:00:00.000Z';
    await ledger.directive({
      type: 'CorrectDirective',
      data: { directiveId: row6, after: { deadline: { kind: 'date', start: null, due: '2022-09-30', raw: 'trước ngày 30/9/2022' } } },
    });

    ledger.clock.now = '2022-04-01T02:00:00.000Z';
    const newer = (text: string) => `${text} (đọc lại)`;
    await ledger.ingest('plans/001.docx', {
      extractorVersion: '99.0.0',
      change: (e) => ({
        ...e,
        extractorVersion: '99.0.0',
        directives: e.directives.map((d) => ({ ...d, text: newer(d.text), deadline: d.deadline && { ...d.deadline, due: '2022-12-01' } })),
      }),
    });

    const stream = await ledger.events.readStream(directiveStream(row6));
    const events = stream.map((e) => ({ type: e.type, data: e.data }) as DirectiveEvent);
    expect(events.map((e) => e.type)).toEqual(['DirectiveAssigned', 'DirectiveCorrected', 'DirectiveAssigned']);
    const reread = events[2] as Extract<DirectiveEvent, { type: 'DirectiveAssigned' }>;
    expect(reread.data.keptCorrections).toEqual(['deadline']);
    expect(reread.data.extracted.deadline?.due).toBe('2022-12-01');

    const state = events.reduce(directiveDecider.evolve, directiveDecider.initialState);
    expect(state.content?.deadline?.due).toBe('2022-09-30');
    expect(state.content?.text).toBe(reread.data.extracted.text);

    await ledger.runner.runOnce();
    const report = complianceReport(ledger.db, { asOf: '2022-10-15', issuer: plan.extraction.document.issuer! });
    const overdue = report.rows.flatMap((r) => r.directives.overdue);
    expect(overdue.find((d) => d.directiveId === row6)).toMatchObject({ due: '2022-09-30', text: reread.data.extracted.text });
    // An uncorrected directive follows the newer engine's deadline.
    const row8 = plan.idAt('table1/row8');
    expect(report.rows.flatMap((r) => r.directives.open).find((d) => d.directiveId === row8)?.due).toBe('2022-12-01');
  });

  it('appends nothing when the process manager replays the whole log (both engines’ PlanParsed)', async () => {
    const before = (await ledger.events.readAll()).length;
    await ledger.replay();
    expect((await ledger.events.readAll()).length).toBe(before);
  });
});

describe('a directive that a newer reading no longer finds', () => {
  let ledger: ComplianceLedger;
  afterAll(() => ledger.close());
  const bucketOf = (directiveId: string, asOf: string, issuer: string) => {
    const lists = complianceReport(ledger.db, { asOf, issuer }).rows.map((r) => r.directives);
    const buckets = ['onTime', 'late', 'open', 'overdue', 'noDeadline', 'cancelled'] as const;
    return buckets.find((b) => lists.some((l) => l[b].some((d) => d.directiveId === directiveId))) ?? null;
  };
  const typesOf = async (directiveId: string) => (await ledger.events.readStream(directiveStream(directiveId))).map((e) => e.type);

  it('is withdrawn from the day of that reading, and found again by a later one', async () => {
    ledger = openComplianceLedger();
    ledger.clock.now = '2022-01-05T02:00:00.000Z';
    const plan = await ledger.ingest('plans/001.docx');
    const issuer = plan.extraction.document.issuer!;
    const dropped = plan.extraction.directives.find((d) => d.deadline?.due)!;
    const droppedId = plan.idAt(dropped.place);
    const keptId = plan.idAt(plan.extraction.directives.find((d) => d !== dropped)!.place);

    ledger.clock.now = '2022-04-01T02:00:00.000Z';
    const without = (version: string) => ({
      extractorVersion: version,
      change: (e: typeof plan.extraction) => ({ ...e, extractorVersion: version, directives: e.directives.filter((d) => d.place !== dropped.place) }),
    });
    await ledger.ingest('plans/001.docx', without('99.0.0'));
    expect(await typesOf(droppedId)).toEqual(['DirectiveAssigned', 'DirectiveCancelled']);
    expect((await ledger.events.readStream(directiveStream(droppedId)))[1].data).toMatchObject({ cancelledOn: '2022-04-01', withdrawnBy: '99.0.0' });
    expect(await typesOf(keptId)).toEqual(['DirectiveAssigned', 'DirectiveAssigned']);

    await ledger.runner.runOnce();
    // History stays as it was read: before the newer reading the directive counted; from its day on it is cancelled.
    expect(['open', 'overdue']).toContain(bucketOf(droppedId, '2022-03-31', issuer));
    expect(bucketOf(droppedId, '2022-04-02', issuer)).toBe('cancelled');

    const before = (await ledger.events.readAll()).length;
    await ledger.replay();
    expect((await ledger.events.readAll()).length).toBe(before);

    ledger.clock.now = '2022-05-01T02:00:00.000Z';
    await ledger.ingest('plans/001.docx', { extractorVersion: '100.0.0', change: (e) => ({ ...e, extractorVersion: '100.0.0' }) });
    expect(await typesOf(droppedId)).toEqual(['DirectiveAssigned', 'DirectiveCancelled', 'DirectiveAssigned', 'DirectiveReopened']);
    await ledger.runner.runOnce();
    expect(['open', 'overdue']).toContain(bucketOf(droppedId, '2022-05-02', issuer));
    const settled = (await ledger.events.readAll()).length;
    await ledger.replay();
    expect((await ledger.events.readAll()).length).toBe(settled);
  });
});
