import { READ_MODEL_PROJECTIONS } from '../runner/read-model-projections';
import { directiveCompleted, directiveCorrected, directiveReopened, openTestLedger, planParsed, type TestLedger } from '../runner/testing/plan-events';
import { getDirective, listDocumentDirectives, searchDirectives } from './directives.query';

describe('directives read model', () => {
  let ledger: TestLedger;
  beforeEach(() => {
    ledger = openTestLedger(READ_MODEL_PROJECTIONS);
  });
  afterEach(() => ledger.close());

  const given = (...events: Parameters<TestLedger['given']>) => ledger.given(...events);
  const db = () => ledger.readModels.db;

  const firstParse = planParsed('doc-1', [
    { id: 'd1', text: 'Sở Nội vụ chủ trì tổ chức khen thưởng kịp thời.', lead: ['Sở Nội vụ'], support: ['Sở Tài chính'], due: '2026-03-31' },
    { id: 'd2', text: 'Các đơn vị đăng ký thi đua trước ngày 15/3/2026.', lead: ['Các đơn vị'], due: '2026-03-15' },
  ]);

  it('stores each directive with units by role, deadline, span and plan metadata', async () => {
    await given(firstParse);
    expect(getDirective(db(), 'd1')).toEqual({
      id: 'd1',
      documentId: 'doc-1',
      ordinal: 0,
      text: 'Sở Nội vụ chủ trì tổ chức khen thưởng kịp thời.',
      section: 'III. TỔ CHỨC THỰC HIỆN',
      place: 'III/1',
      units: { lead: ['Sở Nội vụ'], support: ['Sở Tài chính'], direct: [] },
      unitIds: { lead: ['sở-nội-vụ'], support: ['sở-tài-chính'], direct: [] },
      deadline: { kind: 'date', start: null, due: '2026-03-31', raw: 'trước ngày 2026-03-31' },
      recurrence: null,
      span: { start: 0, end: 47 },
      status: 'open',
      completedOn: null,
      plan: { kind: 'KE_HOACH', year: 2026, issuer: 'Ủy ban nhân dân tỉnh Hà Giang', number: '01/KH-UBND', title: 'Công tác thi đua, khen thưởng năm 2026', issuedOn: '2026-01-04' },
      extractorVersion: '1.0.0',
    });
    const links = db().prepare('SELECT role, unit_name, unit_id FROM directive_units WHERE directive_id = ? ORDER BY role').all('d1');
    expect(links).toEqual([
      { role: 'lead', unit_name: 'Sở Nội vụ', unit_id: 'sở-nội-vụ' },
      { role: 'support', unit_name: 'Sở Tài chính', unit_id: 'sở-tài-chính' },
    ]);
  });

  it("replaces a document's directives on re-parse and keeps a person's completion", async () => {
    await given(firstParse, directiveCompleted('d1', '2026-03-20'));
    await given(
      planParsed('doc-1', [{ id: 'd1', text: 'Sở Nội vụ chủ trì khen thưởng đột xuất.', lead: ['Sở Nội vụ'] }], {}, { extractorVersion: '1.1.0' }),
    );
    expect(listDocumentDirectives(db(), 'doc-1').map((d) => [d.id, d.text, d.status])).toEqual([
      ['d1', 'Sở Nội vụ chủ trì khen thưởng đột xuất.', 'done'],
    ]);
    expect(db().prepare("SELECT COUNT(*) AS n FROM directive_units WHERE directive_id = 'd2'").get()).toEqual({ n: 0 });
    expect(searchDirectives(db(), { q: 'dang ky' }).total).toBe(0);
    expect(searchDirectives(db(), { q: 'đột xuất', status: 'done' }).items.map((i) => i.id)).toEqual(['d1']);
  });

  it("lays a person's corrections over the extraction, also after a re-parse", async () => {
    const corrected = { text: 'Sở Nội vụ chủ trì xét khen thưởng đột xuất.', deadline: { kind: 'date', start: null, due: '2026-04-30', raw: 'trước 30/4/2026' } };
    await given(firstParse, directiveCorrected('d1', corrected));
    const expectCorrected = () => {
      expect(getDirective(db(), 'd1')).toMatchObject({ text: corrected.text, deadline: corrected.deadline, units: { lead: ['Sở Nội vụ'] } });
      expect(searchDirectives(db(), { q: 'xét khen' }).items.map((i) => i.id)).toEqual(['d1']);
      expect(searchDirectives(db(), { q: 'kịp thời' }).total).toBe(0);
    };
    expectCorrected();
    await given(planParsed('doc-1', [{ id: 'd1', text: 'Sở Nội vụ chủ trì tổ chức khen thưởng kịp thời.', lead: ['Sở Nội vụ'], due: '2026-03-31' }], {}, { extractorVersion: '1.1.0' }));
    expectCorrected();
    expect(getDirective(db(), 'd1')!.extractorVersion).toBe('1.1.0');
  });

  it('search follows completion and reopening', async () => {
    await given(firstParse, directiveCompleted('d2', '2026-03-10'));
    expect(searchDirectives(db(), { status: 'done' }).items.map((i) => i.id)).toEqual(['d2']);
    await given(directiveReopened('d2', '2026-03-12'));
    expect(searchDirectives(db(), { status: 'done' }).total).toBe(0);
    expect(getDirective(db(), 'd2')).toMatchObject({ status: 'open', completedOn: null });
  });

  it('searches with folding, plan info on each hit and unit facets equal to their rows', async () => {
    await given(firstParse, planParsed('doc-2', [{ id: 'e1', text: 'Tổng kết khen thưởng năm 2025.', lead: ['Sở Nội vụ'] }], { year: 2025, number: '09/KH-UBND' }));
    const result = searchDirectives(db(), { q: 'khen thuong' });
    expect(result.items.map((i) => i.id).sort()).toEqual(['d1', 'e1']);
    expect(result.items.find((i) => i.id === 'e1')).toMatchObject({ plan: { number: '09/KH-UBND' }, year: 2025, snippet: 'Tổng kết <mark>khen</mark> <mark>thưởng</mark> năm 2025.' });
    expect(result.facets.unit).toEqual([
      { value: 'Sở Nội vụ', count: 2 },
      { value: 'Sở Tài chính', count: 1 },
    ]);
    expect(searchDirectives(db(), { q: 'khen thuong', unit: 'Sở Tài chính' }).total).toBe(1);
  });
});
