import type { NewEvent, StoredEvent } from '@plan-ledger/event-store';
import { directiveCompleted, directiveReopened, planParsed } from '../runner/testing/plan-events';
import { correctRow, directiveRowsOf, evolveDirectiveStatus, type DirectiveStatusRow } from './directives.projection';

const stored = (event: NewEvent, position = 1): StoredEvent => ({ ...event, streamId: 's', revision: position - 1, position: BigInt(position) });
const fold = (...events: NewEvent[]) =>
  events.reduce<DirectiveStatusRow | null>((row, event, i) => evolveDirectiveStatus(row, stored(event, i + 1)), null);

describe('evolveDirectiveStatus', () => {
  it.each([
    ['nothing, then completed', [directiveCompleted('d', '2026-03-01')], { status: 'done', completed_on: '2026-03-01' }],
    ['completed, then reopened', [directiveCompleted('d', '2026-03-01'), directiveReopened('d', '2026-03-05')], { status: 'open', completed_on: null }],
    [
      'reopened, then completed again',
      [directiveCompleted('d', '2026-03-01'), directiveReopened('d', '2026-03-05'), directiveCompleted('d', '2026-03-09')],
      { status: 'done', completed_on: '2026-03-09' },
    ],
  ])('given %s', (_, events, expected) => {
    expect(fold(...events)).toMatchObject({ directive_id: 'd', ...expected });
  });
});

describe('correctRow', () => {
  const [row] = directiveRowsOf(stored(planParsed('doc', [{ id: 'd', text: 'Báo cáo quý', lead: ['Sở Nội vụ'], due: '2026-03-31' }])));

  it('keeps the extraction where nothing was corrected', () => {
    expect(correctRow(row, null)).toBe(row);
    expect(correctRow(row, {})).toEqual(row);
  });

  it('replaces only the corrected fields, a removed deadline included', () => {
    const corrected = correctRow(row, { text: 'Báo cáo tháng', deadline: null });
    expect(corrected).toEqual({ ...row, text: 'Báo cáo tháng', deadline_kind: null, deadline_start: null, deadline_due: null, deadline_raw: null });
  });
});
