import { Fts5SearchIndex, READ_MODEL_PROJECTIONS, tracker, unitDirectory, unitMatchValues, type UnitEntry } from '@plan-ledger/projections';
import { openComplianceLedger, type ComplianceLedger, type IngestedPlan } from './testing/compliance-ledger';

/** The units directory built from the five sample plans by the real engine, plus the names people add by correction; every read model runs, to filter by unit. */
describe('units directory on the five sample plans', () => {
  let ledger: ComplianceLedger;
  const plans: Record<string, IngestedPlan> = {};

  beforeAll(async () => {
    ledger = openComplianceLedger(READ_MODEL_PROJECTIONS);
    ledger.clock.now = '2024-03-01T02:00:00.000Z';
    for (const n of ['000', '001', '002', '003', '004']) plans[n] = await ledger.ingest(`plans/${n}.docx`);
    // Spellings the extraction does not produce on its own, given by a person correcting a directive's units.
    await ledger.correct({
      directiveId: plans['001'].idAt('table1/row7'),
      after: { units: { lead: ['Công chức Văn phòng- Thống kê'], support: ['Cán bộ, công chức'], direct: ['Chủ tịch UBND'] } },
    });
    const council = plans['002'].extraction.directives.find((d) => d.units.lead.includes('Hội đồng TĐKT Sở'))!;
    await ledger.correct({ directiveId: plans['002'].idAt(council.place), after: { units: { ...council.units, lead: ['Hội đồng thi đua - khen thưởng Sở'] } } });
    await ledger.runner.runOnce();
  }, 60_000);

  afterAll(() => ledger.close());

  const entryNamed = (name: string): UnitEntry => {
    const found = unitDirectory(ledger.db).filter((e) => e.aliases.includes(name));
    expect(found.map((e) => e.unitId)).toHaveLength(1);
    return found[0];
  };
  const sameUnit = (...names: string[]) => expect(new Set(names.map((n) => entryNamed(n).unitId)).size).toBe(1);
  const apart = (a: string, b: string) => expect(entryNamed(a).unitId).not.toBe(entryNamed(b).unitId);

  it('plan 001: "Văn phòng – Thống kê", "Văn phòng - thống kê" and "Công chức Văn phòng- Thống kê" are one unit', () =>
    sameUnit('Văn phòng – Thống kê', 'Văn phòng - thống kê', 'Công chức Văn phòng- Thống kê'));

  it('plan 002: "Văn phòng" and "Văn phòng Sở" are one unit', () => sameUnit('Văn phòng', 'Văn phòng Sở'));

  it('plan 002: the emulation council under three spellings is one unit; the initiatives council is another', () => {
    sameUnit('Hội đồng TĐKT Sở', 'Hội đồng thi đua - khen thưởng Sở', 'Hội đồng thi đua, khen thưởng Sở');
    apart('Hội đồng sáng kiến Sở', 'Hội đồng TĐKT Sở');
  });

  it('plan 001: "Chủ tịch UBND" and "Chủ tịch HỘTĐKT" are two units', () => apart('Chủ tịch UBND', 'Chủ tịch HỘTĐKT'));

  it('units of different issuers never merge automatically', () => {
    // The same council in two plans (000, a provincial office; 001, a commune) folds to the same words.
    apart('Thành viên Hội đồng thi đua, khen thưởng Văn phòng', 'Thành viên Hội đồng Thi đua - Khen thưởng xã');
    // Nothing was merged by a person yet, so no unit holds another.
    expect(unitDirectory(ledger.db).flatMap((e) => e.mergedIds)).toEqual([]);
    const issuers = new Set(unitDirectory(ledger.db).map((e) => e.issuer));
    expect(issuers.size).toBe(5);
  });

  it('lists one issuer’s units with their aliases', () => {
    const office = unitDirectory(ledger.db, { issuer: 'ủy ban nhân dân xã xuân sơn' }).find((e) => e.aliases.includes('Văn phòng – Thống kê'))!;
    expect(office.aliases.sort()).toEqual(['Công chức Văn phòng- Thống kê', 'Văn phòng - thống kê', 'Văn phòng – Thống kê'].sort());
    expect(office.name).toBe('Văn phòng – Thống kê');
  });

  it('renames and merges through events, and a rebuild gives the same directory', async () => {
    const office = entryNamed('Văn phòng Sở');
    await ledger.unit({ type: 'RenameUnit', data: { unitId: office.unitId, name: 'Văn phòng Sở Ngoại vụ' } });
    const initiatives = entryNamed('Hội đồng sáng kiến Sở');
    // A person names the initiatives council by its abbreviation (SKKN: sáng kiến kinh nghiệm): a unit of its own, until merged.
    const council = plans['002'].extraction.directives.find((d) => d.units.lead.includes('Hội đồng TĐKT Sở'))!;
    await ledger.correct({ directiveId: plans['002'].idAt(council.place), after: { units: { lead: ['Hội đồng thi đua - khen thưởng Sở'], support: ['Hội đồng SKKN Sở'], direct: [] } } });
    await ledger.runner.runOnce();
    const skkn = entryNamed('Hội đồng SKKN Sở');
    expect(skkn.unitId).not.toBe(initiatives.unitId);
    await ledger.unit({ type: 'MergeUnits', data: { unitId: skkn.unitId, into: { unitId: initiatives.unitId, issuer: initiatives.issuer, status: 'active' } } });
    await ledger.runner.runOnce();
    expect(entryNamed('Văn phòng').name).toBe('Văn phòng Sở Ngoại vụ');
    expect(entryNamed('Hội đồng SKKN Sở')).toMatchObject({ unitId: initiatives.unitId, mergedIds: [skkn.unitId] });
    const before = unitDirectory(ledger.db);
    await ledger.runner.rebuild();
    expect(unitDirectory(ledger.db)).toEqual(before);
  });

  it('finds what a merged unit was given under the unit it was merged into, by id, in the tracker and in search', async () => {
    const initiatives = entryNamed('Hội đồng sáng kiến Sở');
    const directivesOf = (unit: string) => tracker(ledger.db, { asOf: '2024-03-01', unit }).map((i) => i.directiveId);
    // Names filter to their spelling alone, as their facets count them.
    const givenToMerged = directivesOf('Hội đồng SKKN Sở');
    const givenToSurvivor = directivesOf('Hội đồng sáng kiến Sở');
    expect(givenToMerged).toHaveLength(1);
    expect(givenToSurvivor).not.toContain(givenToMerged[0]);
    const both = [...givenToMerged, ...givenToSurvivor].sort();
    expect(directivesOf(initiatives.unitId).sort()).toEqual(both);
    const search = new Fts5SearchIndex(ledger.db);
    const found = await search.search({ unit: unitMatchValues(ledger.db, initiatives.unitId), limit: 200 });
    expect(found.items.map((d) => d.id).sort()).toEqual(both);
    expect((await search.search({ unit: 'Hội đồng SKKN Sở' })).items.map((d) => d.id)).toEqual(givenToMerged);
  });
});
