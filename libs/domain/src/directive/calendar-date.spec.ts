import { endOfVietnamDay, lastPossibleDay, vietnamDate } from './calendar-date';

describe('calendar dates', () => {
  it.each([
    ['2022-01-04', '2022-01-04'],
    ['2021-12', '2021-12-31'],
    ['2024-02', '2024-02-29'],
    ['2026', '2026-12-31'],
    ['2022-02-30', null],
    ['2022-13', null],
    ['04/01/2022', null],
    [null, null],
  ])('the last possible day of %s is %s', (partial, expected) => expect(lastPossibleDay(partial)).toBe(expected));

  it.each([
    ['2022-06-30T16:59:59.999Z', '2022-06-30'],
    ['2022-06-30T17:00:00.000Z', '2022-07-01'],
    ['2021-12-31T20:00:00.000Z', '2022-01-01'],
  ])('the Vietnamese day at %s is %s', (instant, expected) => expect(vietnamDate(instant)).toBe(expected));

  it('a Vietnamese day ends at 17:00 UTC', () => expect(endOfVietnamDay('2022-06-30')).toBe('2022-06-30T17:00:00.000Z'));
});
