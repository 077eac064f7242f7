/** "2024-03-31" -> "31/03/2024", as dates are written in Vietnamese documents; anything else as it is. */
export function formatDate(iso: string | null | undefined): string {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return match ? `${match[3]}/${match[2]}/${match[1]}` : (iso ?? '');
}

/** Today as YYYY-MM-DD in Vietnam (UTC+7, no daylight saving), the date the API's reports default to. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
