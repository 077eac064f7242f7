import { dumpReadModels } from '../runner/dump-read-models';
import { directiveAssigned, openTestLedger, type TestLedger } from '../runner/testing/plan-events';
import { seriesProjection } from './series.projection';
import { seriesOf } from './series.query';

const SUMMARY = 'Tổng kết công tác thi đua, khen thưởng năm';

/** Two identical tasks in one plan, so a later plan's task ties between their series. */
const history = () => [
  directiveAssigned('a-2', 'doc-a', `${SUMMARY} 2022`, { year: 2022 }),
  directiveAssigned('a-1', 'doc-a', `${SUMMARY} 2022`, { year: 2022 }),
  directiveAssigned('b-1', 'doc-b', `${SUMMARY} 2023`, { year: 2023 }),
  directiveAssigned('b-2', 'doc-b', `${SUMMARY} 2023`, { year: 2023 }),
  directiveAssigned('c-1', 'doc-c', `${SUMMARY} 2023`, { issuer: 'Sở Nội vụ', year: 2023 }),
  directiveAssigned('d-1', 'doc-d', `${SUMMARY} 2024`, { year: 2024 }),
  directiveAssigned('b-1', 'doc-b', `${SUMMARY} 2023 của tỉnh`, { year: 2023 }),
];

const membersOf = (ledger: TestLedger, id: string) => seriesOf(ledger.readModels.db, id)!.members.map((m) => m.directiveId);

describe('series', () => {
  let ledgers: TestLedger[] = [];
  afterEach(async () => {
    await Promise.all(ledgers.map((l) => l.close()));
    ledgers = [];
  });

  it.each([1, 2, 100])('links the same rows whether events come one, two or a hundred to a batch (%i)', async (batchSize) => {
    const ledger = openTestLedger([seriesProjection], { batchSize });
    ledgers.push(ledger);
    await ledger.given(...history());
    // A tie goes to the lowest series id; a plan joins a series once; another issuer starts its own.
    expect(membersOf(ledger, 'a-1')).toEqual(['a-1', 'b-1', 'd-1']);
    expect(membersOf(ledger, 'a-2')).toEqual(['a-2', 'b-2']);
    expect(membersOf(ledger, 'c-1')).toEqual(['c-1']);
    expect(seriesOf(ledger.readModels.db, 'b-1')!.members[1].text).toBe(`${SUMMARY} 2023 của tỉnh`);
  });

  it('rebuilds, in batches that split a plan, to the rows it built one event at a time', async () => {
    const ledger = openTestLedger([seriesProjection], { batchSize: 1, rebuildBatchSize: 3 });
    ledgers.push(ledger);
    await ledger.given(...history());
    const before = dumpReadModels(ledger.readModels.db);
    await ledger.runner.rebuild();
    expect(dumpReadModels(ledger.readModels.db)).toBe(before);
  });
});
