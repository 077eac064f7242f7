/** What a deadline phrase is read against: the plan's year and its issue date (ISO, possibly partial). */
export interface DeadlineContext {
  year: number | null;
  issuedOn: string | null;
}

/** The year a date without one takes: the plan's year, else the year it was issued. */
export function defaultYear(ctx: DeadlineContext): number | null {
  if (ctx.year !== null) return ctx.year;
  const issuedYear = ctx.issuedOn ? Number(ctx.issuedOn.slice(0, 4)) : NaN;
  return Number.isInteger(issuedYear) && issuedYear > 0 ? issuedYear : null;
}
