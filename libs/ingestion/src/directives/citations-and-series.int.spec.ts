import { documentIdFromSha256 } from '@plan-ledger/domain';
import type { PlanExtraction } from '@plan-ledger/extraction';
import { citationsOf, citingDocuments, recurringSeries, seriesOf } from '@plan-ledger/projections';
import { openComplianceLedger, type ComplianceLedger, type IngestedPlan } from './testing/compliance-ledger';

/**
 * The next year's plan of the same commune, as the office would write it: plan 001 with every year moved on by one,
 * its own number, and a reference to plan 001 it follows up.
 */
function nextYearOf(plan: PlanExtraction): PlanExtraction {
  const bump = (s: string) => s.replace(/\b(20\d\d)\b/g, (y) => String(Number(y) + 1));
  return {
    ...plan,
    document: {
      ...plan.document,
      number: '02/KH-UBND',
      issuedOn: '2023-01-05',
      year: 2023,
      title: plan.document.title && bump(plan.document.title),
      references: [...plan.document.references, { kind: 'KE_HOACH', number: '01/KH-UBND', issuedOn: '2022-01-04', issuer: 'UBND xã Xuân Sơn' }],
    },
    directives: plan.directives.map((d) => ({
      ...d,
      text: bump(d.text),
      deadline: d.deadline && { ...d.deadline, due: d.deadline.due && bump(d.deadline.due) },
    })),
  };
}

describe('citations and series across plans', () => {
  let ledger: ComplianceLedger;
  let p2022: IngestedPlan;
  let p2023: IngestedPlan;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ledger = openComplianceLedger();
    ledger.clock.now = '2023-02-01T02:00:00.000Z';
    for (const n of ['000', '002', '003', '004']) ids[n] = (await ledger.ingest(`plans/${n}.docx`)).documentId;
    p2022 = await ledger.ingest('plans/001.docx');
    p2023 = await ledger.record(documentIdFromSha256('ab'.repeat(32)), nextYearOf(p2022.extraction));
    await ledger.runner.runOnce();
  }, 60_000);

  afterAll(() => ledger.close());

  it('answers "which plans implement Chỉ thị 34-CT/TW" in one query', () => {
    const { citedBy, cited } = citingDocuments(ledger.db, { kind: 'CHI_THI', number: '34-CT/TW' });
    // Plans 000, 001 and 003 cite it (gold), and so does the 2023 plan that copies 001's bases.
    expect(citedBy.map((d) => d.documentId).sort()).toEqual([ids['000'], ids['003'], p2022.documentId, p2023.documentId].sort());
    expect(cited).toBeNull();
  });

  it('keeps misprinted numbers apart (32-CT/TW is not 32-CT/TU)', () => {
    const tw = citingDocuments(ledger.db, { number: '32-CT/TW' }).citedBy.map((d) => d.documentId);
    const tu = citingDocuments(ledger.db, { number: '32-CT/TU' }).citedBy.map((d) => d.documentId);
    expect(tw).toEqual([ids['003']]);
    expect(tu).toEqual([ids['003']]);
    expect(citingDocuments(ledger.db, { number: '32-CT/TW', kind: 'NGHI_QUYET' }).citedBy).toEqual([]);
  });

  it('resolves a reference to the archived document it names', () => {
    const references = citationsOf(ledger.db, p2023.documentId);
    const previous = references.find((r) => r.number === '01/KH-UBND')!;
    expect(previous.resolvedDocumentId).toBe(p2022.documentId);
    expect(references.find((r) => r.number === '34-CT/TW')!.resolvedDocumentId).toBeNull();
    expect(citingDocuments(ledger.db, { kind: 'KE_HOACH', number: '01/KH-UBND' }).cited?.documentId).toBe(p2022.documentId);
  });

  it('links the same task in successive plans of one issuer into a series', () => {
    const summary2022 = p2022.idAt('table1/row10');
    const series = seriesOf(ledger.db, summary2022)!;
    expect(series.members.map((m) => [m.year, m.directiveId])).toEqual([
      [2022, summary2022],
      [2023, p2023.idAt('table1/row10')],
    ]);
    expect(series.members[0].text).toContain('năm 2022');
    expect(series.members[1].text).toContain('năm 2023');
  });

  it('never links tasks of different issuers, nor two tasks of one plan', () => {
    for (const s of recurringSeries(ledger.db)) {
      expect(new Set(s.members.map((m) => m.documentId)).size).toBe(s.members.length);
      expect(s.members.every((m) => [p2022.documentId, p2023.documentId].includes(m.documentId))).toBe(true);
    }
    expect(recurringSeries(ledger.db, { issuer: 'Ủy ban nhân dân xã Xuân Sơn' }).length).toBe(p2022.extraction.directives.length);
  });
});
