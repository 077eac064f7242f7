import type { Deadline } from '@plan-ledger/extraction';
import type { DirectiveAssignedData, DirectiveEvent } from './directive.events';
import { endOfVietnamDay } from './calendar-date';
import { RecordedDirectiveEvent, TrackedStatus, directiveAsOf } from './directive-as-of';
import { dueInForce } from './due-in-force';
import { occurrencesOf } from './occurrences';

const directiveId = 'd-1';
const deadline = (due: string, kind: Deadline['kind'] = 'date'): Deadline => ({ kind, start: null, due, raw: due });
const assignedData = (due: string | null, issuedOn = '2022-01-04'): DirectiveAssignedData => ({
  directiveId,
  plan: { documentId: 'doc-1', issuer: 'UBND xã', issuedOn, year: 2022, number: null, title: null },
  extractorVersion: '1',
  place: 'p',
  section: null,
  span: null,
  extracted: {
    text: 't',
    units: { lead: ['Văn phòng'], support: [], direct: [] },
    unitIds: { lead: ['u-1'], support: [], direct: [] },
    deadline: due ? deadline(due) : null,
    recurrence: null,
  },
  keptCorrections: [],
});

let revision = 0;
const at = (recordedAt: string, event: DirectiveEvent): RecordedDirectiveEvent => ({ event, recordedAt, revision: revision++ });
const assigned = (due: string | null, issuedOn?: string) => at('2022-01-05T02:00:00Z', { type: 'DirectiveAssigned', data: assignedData(due, issuedOn) });
const completedOn = (day: string, recordedAt = `${day}T09:00:00Z`) =>
  at(recordedAt, { type: 'DirectiveCompleted', data: { directiveId, occurrence: 'once', completedOn: day, evidence: { documentId: null, note: null } } });
const extended = (newDue: string, grantedOn: string) =>
  at(`${grantedOn}T09:00:00Z`, {
    type: 'DeadlineExtended',
    data: { directiveId, occurrence: 'once', previousDue: '', newDue, reason: 'r', authorisedBy: 'QĐ', grantedOn },
  });
const statusOn = (history: RecordedDirectiveEvent[], date: string, knownBefore?: string): TrackedStatus | 'absent' =>
  directiveAsOf(history, { date, knownBefore })?.occurrences[0].status ?? 'absent';

describe('a directive as of a date', () => {
  it.each<[string, RecordedDirectiveEvent[], string, TrackedStatus | 'absent']>([
    ['open on its due day', [assigned('2022-06-30')], '2022-06-30', 'open'],
    ['overdue the day after', [assigned('2022-06-30')], '2022-07-01', 'overdue'],
    ['done on time on its due day', [assigned('2022-06-30'), completedOn('2022-06-30')], '2022-07-15', 'onTime'],
    ['done late', [assigned('2022-06-30'), completedOn('2022-07-02')], '2022-07-15', 'late'],
    ['overdue before a late completion happened', [assigned('2022-06-30'), completedOn('2022-07-02')], '2022-07-01', 'overdue'],
    ['no deadline, beside the four', [assigned(null)], '2022-07-01', 'noDeadline'],
    ['absent before its plan was issued', [assigned('2022-06-30')], '2022-01-03', 'absent'],
    ['a month-only issue date counts from the month’s end', [assigned('2022-06-30', '2021-12')], '2021-12-30', 'absent'],
    ['on time under an extension granted before the due', [assigned('2022-06-30'), extended('2022-07-31', '2022-06-30'), completedOn('2022-07-20')], '2022-08-01', 'onTime'],
    ['late when the extension came after the due had passed', [assigned('2022-06-30'), extended('2022-07-31', '2022-07-01'), completedOn('2022-07-20')], '2022-08-01', 'late'],
    ['open under an extension', [assigned('2022-06-30'), extended('2022-07-31', '2022-06-20')], '2022-07-10', 'open'],
    ['open up to the original due, whatever extension follows', [assigned('2022-06-30'), extended('2022-07-31', '2022-06-30')], '2022-06-29', 'open'],
    [
      'cancelled from its cancellation on',
      [assigned('2022-06-30'), at('2022-05-02T01:00:00Z', { type: 'DirectiveCancelled', data: { directiveId, reason: 'r', cancelledOn: '2022-05-01' } })],
      '2022-07-10',
      'cancelled',
    ],
    [
      'counted normally before its cancellation',
      [assigned('2022-06-30'), at('2022-07-02T01:00:00Z', { type: 'DirectiveCancelled', data: { directiveId, reason: 'r', cancelledOn: '2022-07-02' } })],
      '2022-07-01',
      'overdue',
    ],
    [
      'open again after a reopen',
      [
        assigned('2022-06-30'),
        completedOn('2022-06-01'),
        at('2022-06-10T01:00:00Z', { type: 'DirectiveReopened', data: { directiveId, occurrence: 'once', reason: 'r', reopenedOn: '2022-06-10' } }),
      ],
      '2022-06-20',
      'open',
    ],
  ])('%s', (_, history, date, expected) => expect(statusOn(history, date)).toBe(expected));

  describe('two clocks: effective date and recorded date', () => {
    const printedOn = (date: string) => endOfVietnamDay(date);

    it('a completion recorded late counts as of its date, but not in the report printed before it was recorded', () => {
      const history = [assigned('2022-06-30'), completedOn('2022-06-25', '2022-07-10T03:00:00.000Z')];
      expect(statusOn(history, '2022-07-05')).toBe('onTime');
      expect(statusOn(history, '2022-07-05', printedOn('2022-07-05'))).toBe('overdue');
      expect(statusOn(history, '2022-07-15', printedOn('2022-07-15'))).toBe('onTime');
      expect(statusOn(history, '2022-06-20')).toBe('open');
    });

    it('a recording made late on day T in Vietnam (before midnight +07:00) is in the report printed on T', () => {
      const history = [assigned('2022-06-30'), completedOn('2022-06-25', '2022-06-30T16:59:59.000Z')];
      expect(statusOn(history, '2022-06-30', printedOn('2022-06-30'))).toBe('onTime');
      const nextDay = [assigned('2022-06-30'), completedOn('2022-06-25', '2022-06-30T17:00:00.000Z')];
      expect(statusOn(nextDay, '2022-06-30', printedOn('2022-06-30'))).toBe('open');
    });

    it('a backdated correction of the deadline applies to every T, and to reports printed after it was recorded', () => {
      const history = [
        assigned('2022-07-31'),
        at('2022-08-10T03:00:00Z', {
          type: 'DirectiveCorrected',
          data: { directiveId, before: { deadline: deadline('2022-07-31') }, after: { deadline: deadline('2022-06-30') }, reason: null, correctedBy: 'lan' },
        }),
      ];
      expect(statusOn(history, '2022-07-15')).toBe('overdue');
      expect(statusOn(history, '2022-07-15', printedOn('2022-07-15'))).toBe('open');
      expect(statusOn(history, '2022-08-15', printedOn('2022-08-15'))).toBe('overdue');
    });
  });

  it('tracks each month of a monthly directive on its own', () => {
    const monthly = at('2022-01-05T02:00:00Z', {
      type: 'DirectiveAssigned',
      data: { ...assignedData(null), extracted: { ...assignedData(null).extracted, recurrence: 'monthly' } },
    });
    const january = at('2022-01-20T02:00:00Z', {
      type: 'DirectiveCompleted',
      data: { directiveId, occurrence: '2022-01', completedOn: '2022-01-20', evidence: { documentId: null, note: null } },
    });
    const result = directiveAsOf([monthly, january], { date: '2022-03-15' })!;
    expect(result.occurrences.slice(0, 4).map((o) => [o.key, o.status])).toEqual([
      ['2022-01', 'onTime'],
      ['2022-02', 'overdue'],
      ['2022-03', 'open'],
      ['2022-04', 'open'],
    ]);
  });
});

describe('occurrences', () => {
  it.each<[string, Parameters<typeof occurrencesOf>, string[]]>([
    ['one for ordinary work', [deadline('2022-08-01'), null, 2022], ['once:2022-08-01']],
    ['month deadline due on its last day', [deadline('2022-02', 'month'), null, 2022], ['once:2022-02-28']],
    ['quarterly: each quarter’s last day', [null, 'quarterly', 2022], ['2022-Q1:2022-03-31', '2022-Q2:2022-06-30', '2022-Q3:2022-09-30', '2022-Q4:2022-12-31']],
    ['semiannual', [null, 'semiannual', 2024], ['2024-H1:2024-06-30', '2024-H2:2024-12-31']],
    ['annual with a stated date', [deadline('2022-12-15'), 'annual', 2022], ['2022:2022-12-15']],
    ['annual without one: the year’s end', [null, 'annual', 2022], ['2022:2022-12-31']],
    ['continuous work stays one', [null, 'continuous', 2022], ['once:null']],
  ])('%s', (_, args, expected) => expect(occurrencesOf(...args).map((o) => `${o.key}:${o.due}`)).toEqual(expected));

  it('a monthly day repeats, clamped to short months', () => {
    const dues = occurrencesOf(deadline('2022-01-30'), 'monthly', 2022).map((o) => o.due);
    expect(dues).toHaveLength(12);
    expect(dues[1]).toBe('2022-02-28');
    expect(dues[2]).toBe('2022-03-30');
  });
});

describe('due in force', () => {
  it('chains extensions each granted before the due it replaces', () =>
    expect(
      dueInForce('2022-06-30', [
        { newDue: '2022-08-31', grantedOn: '2022-07-20' },
        { newDue: '2022-07-31', grantedOn: '2022-06-15' },
      ]),
    ).toBe('2022-08-31'));

  it('ignores an extension granted after the due passed', () =>
    expect(dueInForce('2022-06-30', [{ newDue: '2022-07-31', grantedOn: '2022-07-01' }])).toBe('2022-06-30'));
});
