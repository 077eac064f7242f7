import { READ_MODEL_PROJECTIONS } from '../runner/read-model-projections';
import { directiveCompleted, directiveCorrected, openTestLedger, planParsed, type TestLedger } from '../runner/testing/plan-events';
import { tracker } from './tracker.query';

describe('tracker read model', () => {
  let ledger: TestLedger;
  beforeEach(async () => {
    ledger = openTestLedger(READ_MODEL_PROJECTIONS);
    await ledger.append(
      planParsed('doc-1', [
        { id: 'late', text: 'Báo cáo sơ kết', lead: ['Sở Nội vụ'], due: '2026-03-01' },
        { id: 'soon', text: 'Tổ chức hội nghị', lead: ['Sở Tài chính'], due: '2026-03-20' },
        { id: 'later', text: 'Tổng kết năm', lead: ['Sở Nội vụ'], due: '2026-12-31' },
        { id: 'undated', text: 'Tuyên truyền thường xuyên', lead: ['Sở Nội vụ'] },
        { id: 'finished', text: 'Đăng ký thi đua', lead: ['Sở Nội vụ'], due: '2026-03-05' },
      ]),
      directiveCompleted('finished', '2026-03-04'),
    );
    await ledger.runner.runOnce();
  });
  afterEach(() => ledger.close());

  const view = (query: Parameters<typeof tracker>[1]) =>
    tracker(ledger.readModels.db, query).map((i) => [i.directiveId, i.status, i.daysLeft, i.overdue]);

  it('computes days left and overdue as of the date asked, due dates first', () => {
    expect(view({ asOf: '2026-03-10' })).toEqual([
      ['late', 'open', -9, true],
      ['finished', 'done', -5, false],
      ['soon', 'open', 10, false],
      ['later', 'open', 296, false],
      ['undated', 'open', null, false],
    ]);
  });

  it('shows a completion only from its day on', () => {
    expect(view({ asOf: '2026-03-03' }).find(([id]) => id === 'finished')).toEqual(['finished', 'open', 2, false]);
  });

  it('keeps open directives due within the window, overdue ones included', () => {
    expect(view({ asOf: '2026-03-10', within: 10 })).toEqual([
      ['late', 'open', -9, true],
      ['soon', 'open', 10, false],
    ]);
  });

  it("uses a person's corrected deadline and units", async () => {
    await ledger.append(
      directiveCorrected('late', { deadline: { kind: 'date', start: null, due: '2026-03-25', raw: '25/3' }, units: { lead: ['Sở Tài chính'], support: [], direct: [] } }),
    );
    await ledger.runner.runOnce();
    expect(view({ asOf: '2026-03-10', unit: 'Sở Tài chính' })).toEqual([
      ['soon', 'open', 10, false],
      ['late', 'open', 15, false],
    ]);
  });

  it('filters by unit name or id', () => {
    expect(view({ asOf: '2026-03-10', unit: 'Sở Tài chính' }).map(([id]) => id)).toEqual(['soon']);
    expect(view({ asOf: '2026-03-10', unit: 'sở-tài-chính' }).map(([id]) => id)).toEqual(['soon']);
  });
});
