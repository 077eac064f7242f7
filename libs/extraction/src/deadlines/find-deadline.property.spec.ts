import fc from 'fast-check';
import { isValidDate } from './calendar';
import { findDeadline, periodOfHeading } from './find-deadline';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(iso: string): boolean {
  const m = ISO.exec(iso);
  return !!m && isValidDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Phrases built from the grammar's parts with arbitrary numbers, valid or not, and filler around them. */
const phrase = fc
  .tuple(
    fc.constantFrom('trước ngày', 'chậm nhất ngày', 'Trong tháng', 'từ ngày', 'trong quý', 'Thời gian:', 'kỷ niệm', 'Chỉ thị số', 'trong', 'đến', ''),
    fc.integer({ min: 0, max: 40 }),
    fc.constantFrom('/', '-', '.', ' tháng ', ' năm '),
    fc.integer({ min: 0, max: 14 }),
    fc.constantFrom('/', ' năm ', '-', ''),
    fc.integer({ min: 1900, max: 2100 }),
    fc.constantFrom('', ' đến ngày 30/4', ' hằng năm', ' kể từ ngày ban hành', ' ngày làm việc kể từ ngày ký', ' - 15/8/2030', ', quý IV', ', 11/2025', ' - 31/3'),
  )
  .map((parts) => parts.join(' '));

const context = fc.integer({ min: 1990, max: 2060 }).chain((year) =>
  fc.record({
    year: fc.constant(year),
    issuedOn: fc.oneof(
      fc.constant(null),
      fc.constant(String(year)),
      fc.date({ min: new Date(Date.UTC(year - 1, 0, 1)), max: new Date(Date.UTC(year, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    ),
  }),
);

describe('findDeadline properties', () => {
  it('returns only calendar dates, start before due, near the plan year, and a span holding the raw phrase', () => {
    fc.assert(
      fc.property(phrase, context, (sentence, ctx) => {
        const { deadline } = findDeadline(sentence, ctx);
        if (!deadline) return;
        for (const iso of [deadline.start, deadline.due]) {
          if (iso === null) continue;
          expect(isCalendarDate(iso)).toBe(true);
          const year = Number(iso.slice(0, 4));
          expect(year).toBeGreaterThanOrEqual(ctx.year - 1);
          expect(year).toBeLessThanOrEqual(ctx.year + 6);
        }
        if (deadline.start && deadline.due) expect(deadline.start <= deadline.due).toBe(true);
        expect(sentence.slice(deadline.span!.start, deadline.span!.end)).toBe(deadline.raw);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives headings only whole periods', () => {
    fc.assert(
      fc.property(phrase, context, (heading, ctx) => {
        const period = periodOfHeading(heading, ctx);
        if (!period) return;
        expect(['month', 'quarter', 'half', 'year', 'range']).toContain(period.kind);
        expect(isCalendarDate(period.start!) && isCalendarDate(period.due!)).toBe(true);
        expect(period.start! <= period.due!).toBe(true);
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        findDeadline(text, { year: 2024, issuedOn: '2024-01-15' });
        periodOfHeading(text, { year: 2024, issuedOn: null });
      }),
    );
  });
});
