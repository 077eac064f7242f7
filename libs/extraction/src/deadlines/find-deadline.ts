/** Reads the deadline and recurrence of one sentence, or the period a group heading gives the rows below it. */
import type { Deadline, Recurrence } from '../plan-extraction';
import { foldKeepingOffsets } from '../text/normalize';
import { addDays, addWorkingDays, isoDate, isValidDate, parseIsoDate, Period, toIso } from './calendar';
import { DeadlineContext, defaultYear } from './deadline-context';
import { maskNonDeadlines } from './non-deadline-zones';
import { recurrenceOf } from './recurrence';
import { findTimePhrases, TimePhrase } from './time-phrases';

const CUE =
  /(?:^|[^a-z0-9])(((?:hoan thanh|xong|ket thuc|gui|nop|thuc hien|to chuc|trien khai)\s+)?(truoc|cham nhat(?:\s+la)?(?:\s+(?:vao|truoc|den))?|han chot|thoi han(?:\s+hoan thanh)?|trong(?:\s+(?:vong|thoi gian|khoang))?|vao(?:\s+(?:dip|khoang))?|den|toi|tu|du kien(?:\s+(?:vao|trong|to chuc|hoan thanh))?|thoi gian(?:\s+(?:thuc hien|hoan thanh|to chuc|trien khai|so ket|tong ket|bao cao))?|hoan thanh|xong|het|han|ket thuc|cuoi|ngay)[\s*_]*:?[\s*_]*(?:\d{1,2}\s*(?:h|gio)\s*(?:\d{1,2}\s*(?:phut)?)?\s*,?\s*)?(?:ngay[\s*_]*)?)$/;
/** ", thực hiện tháng 3 - 4/2019": a clause that only says when the work is done; inside a clause "kết quả thực hiện tháng 3" names what is reported. */
const DOING_CUE = /[,;:(]\s*((?:thuc hien|to chuc|trien khai)\s+)$/;
const STRONG_CUE = /^(?:truoc|cham nhat|han|thoi han|hoan thanh|xong|het|ket thuc)/;
/** Verbs of completion that make the cue after them firm ("hoàn thành trong năm 2024"). */
const COMPLETION = /^(?:hoan thanh|xong|ket thuc|gui|nop)/;
const RANGE_LINK = /^\s*,?\s*(?:den|toi|[-–—])\s*(?:ngay\s*)?$/;
const FROM_CUE = /\btu\s*(?:ngay\s*)?$/;
/** Words that may stand beside a period in a time cell or heading without making it a sentence about something else. */
const PERIOD_FILLER = new Set(
  'thoi gian han thuc hien hoan thanh du kien trong truoc vao nam dip dot xong cham nhat la tu den toi ngay i ii iii iv v vi a b c d'.split(' '),
);
const PAST = /(?:^|[^\p{L}])(?:đã|vừa qua)(?![\p{L}])/u;

interface Candidate {
  kind: Deadline['kind'];
  start: number;
  end: number;
  period: Period | null;
  score: number;
}

interface Cue {
  start: number;
  strength: number;
  /** "từ …" opens a window: alone it gives no due date. */
  from: boolean;
}

function cueBefore(masked: string, at: number): Cue | null {
  const window = masked.slice(Math.max(0, at - 48), at);
  const m = CUE.exec(window);
  if (!m) {
    const doing = DOING_CUE.exec(window);
    return doing ? { start: at - doing[1].length, strength: 2, from: false } : null;
  }
  const word = m[3];
  const strength = word === 'ngay' ? 1 : STRONG_CUE.test(word) || COMPLETION.test(m[2] ?? '') ? 3 : 2;
  return { start: at - m[1].length, strength, from: word === 'tu' };
}

function standsAlone(masked: string, from: number, to: number): boolean {
  const rest = `${masked.slice(0, from)} ${masked.slice(to)}`.split(/[^a-z0-9]+/);
  return rest.every((word) => word === '' || PERIOD_FILLER.has(word) || /^\d{1,2}$/.test(word));
}

function yearFits(year: number | null, ctx: DeadlineContext): boolean {
  const planYear = defaultYear(ctx);
  return year === null || planYear === null || (year >= planYear - 1 && year <= planYear + 6);
}

/** "ngày 20 hằng tháng" names no month: the first one it falls in is the month of issue (January when unknown). */
function monthlyDayPeriod(phrase: TimePhrase, year: number, ctx: DeadlineContext): Period | null {
  const issuedMonth = ctx.issuedOn && ctx.issuedOn.slice(0, 4) === String(year) ? Number(ctx.issuedOn.slice(5, 7)) : 0;
  const month = issuedMonth >= 1 && issuedMonth <= 12 ? issuedMonth : 1;
  const date = isValidDate(year, month, phrase.monthlyDay!) ? isoDate(year, month, phrase.monthlyDay!) : null;
  return date ? { start: date, due: date } : null;
}

function resolvePhrase(phrase: TimePhrase, ctx: DeadlineContext, yearOverride?: number): Period | null {
  if (phrase.kind === 'relative') {
    const issued = parseIsoDate(ctx.issuedOn);
    if (!issued || !phrase.relative) return null;
    const { days, workingDays } = phrase.relative;
    return { start: toIso(issued), due: toIso(workingDays ? addWorkingDays(issued, days) : addDays(issued, days)) };
  }
  const year = yearOverride ?? phrase.writtenYear ?? defaultYear(ctx);
  if (year === null) return null;
  return phrase.monthlyDay !== undefined ? monthlyDayPeriod(phrase, year, ctx) : phrase.resolve(year);
}

function rangeOf(a: TimePhrase, b: TimePhrase, masked: string, ctx: DeadlineContext): Candidate | null {
  if (a.kind === 'relative' || b.kind === 'relative' || !RANGE_LINK.test(masked.slice(a.end, b.start))) return null;
  const fromCue = FROM_CUE.exec(masked.slice(Math.max(0, a.start - 12), a.start));
  const linkIsDash = !/den|toi/.test(masked.slice(a.end, b.start));
  if (!fromCue && !linkIsDash) return null;
  if (!yearFits(a.writtenYear, ctx) || !yearFits(b.writtenYear, ctx)) return null;
  const end = resolvePhrase(b, ctx);
  const endYear = b.writtenYear ?? defaultYear(ctx);
  if (!end || endYear === null) return null;
  let begin = resolvePhrase(a, ctx, a.writtenYear ?? endYear);
  if (begin && begin.start > end.due && a.writtenYear === null) begin = resolvePhrase(a, ctx, endYear - 1);
  if (!begin || begin.start > end.due) return null;
  const start = fromCue ? a.start - fromCue[0].length : a.start;
  return { kind: 'range', start, end: b.end, period: { start: begin.start, due: end.due }, score: 3 };
}

function candidateOf(phrase: TimePhrase, masked: string, original: string, ctx: DeadlineContext): Candidate | null {
  if (!yearFits(phrase.writtenYear, ctx)) return null;
  const cue = cueBefore(masked, phrase.start);
  const alone = standsAlone(masked, cue?.start ?? phrase.start, phrase.end);
  const isDate = phrase.kind === 'date' && phrase.writtenYear !== null;
  const needed = phrase.wholeYear ? 3 : phrase.kind === 'date' ? 1 : 2;
  let score: number;
  if (phrase.kind === 'relative') score = 3;
  else if (cue?.from && phrase.kind !== 'range') score = 0;
  else if (phrase.onlyAlone) score = alone ? 2 : 0;
  else if (cue && cue.strength >= needed) score = Math.max(cue.strength, isDate ? 1 : 2);
  else if (alone) score = 2;
  else if (isDate || phrase.selfEvident) score = 1;
  else score = 0;
  if (score === 0) return null;
  const clauseAfter = original.slice(phrase.end, phrase.end + 40).split(/[;.\n]/)[0];
  if (phrase.kind === 'date' && PAST.test(clauseAfter.toLowerCase())) return null;
  const start = cue ? cue.start : phrase.start;
  return { kind: phrase.kind, start, end: phrase.end, period: resolvePhrase(phrase, ctx), score };
}

/** A resolved candidate must be a real date near the plan's year; an unresolved one only when it lacks a year or an issue date. */
function plausible(c: Candidate, ctx: DeadlineContext, hasYear: boolean): boolean {
  if (!c.period) return c.kind === 'relative' || !hasYear;
  const planYear = defaultYear(ctx);
  if (planYear === null) return true;
  return [c.period.start, c.period.due].every((iso) => {
    const year = Number(iso.slice(0, 4));
    return year >= planYear - 1 && year <= planYear + 6;
  });
}

function candidatesOf(sentence: string, ctx: DeadlineContext): { candidates: Candidate[]; recurrence: Recurrence | null } {
  const masked = maskNonDeadlines(foldKeepingOffsets(sentence));
  const recurrence = recurrenceOf(masked, sentence);
  const phrases = findTimePhrases(masked, sentence, recurrence === 'monthly');
  const candidates: Candidate[] = [];
  for (let i = 0; i < phrases.length; i++) {
    const range = i + 1 < phrases.length ? rangeOf(phrases[i], phrases[i + 1], masked, ctx) : null;
    if (range) {
      if (plausible(range, ctx, true)) candidates.push(range);
      i++;
      continue;
    }
    const single = candidateOf(phrases[i], masked, sentence, ctx);
    if (single && plausible(single, ctx, phrases[i].writtenYear !== null || defaultYear(ctx) !== null)) candidates.push(single);
  }
  return { candidates, recurrence };
}

function toDeadline(sentence: string, c: Candidate): Deadline {
  const start = c.start + (sentence.slice(c.start, c.end).length - sentence.slice(c.start, c.end).trimStart().length);
  return {
    kind: c.kind,
    start: c.kind === 'date' ? null : (c.period?.start ?? null),
    due: c.period?.due ?? null,
    raw: sentence.slice(start, c.end),
    span: { start, end: c.end },
  };
}

export function findDeadline(
  sentence: string,
  ctx: DeadlineContext,
): { deadline: Deadline | null; recurrence: Recurrence | null } {
  const { candidates, recurrence } = candidatesOf(sentence, ctx);
  let best: Candidate | null = null;
  for (const c of candidates) if (!best || c.score > best.score) best = c;
  return { deadline: best ? toDeadline(sentence, best) : null, recurrence };
}

/** A heading or group row that is only a period ("QUÝ II", "6 THÁNG CUỐI NĂM", "Năm 2024") gives it to the rows below. */
export function periodOfHeading(text: string, ctx: DeadlineContext): Deadline | null {
  const masked = maskNonDeadlines(foldKeepingOffsets(text));
  const phrases = findTimePhrases(masked, text).filter((p) => p.kind !== 'relative' && p.kind !== 'date');
  if (phrases.length !== 1) return null;
  const [phrase] = phrases;
  if (!yearFits(phrase.writtenYear, ctx) || !standsAlone(masked, phrase.start, phrase.end)) return null;
  const period = resolvePhrase(phrase, ctx);
  if (!period) return null;
  return toDeadline(text, { kind: phrase.kind as Deadline['kind'], start: phrase.start, end: phrase.end, period, score: 2 });
}
