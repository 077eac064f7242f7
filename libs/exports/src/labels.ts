import type { TrackedStatus } from '@plan-ledger/domain';

/** The four buckets as Vietnamese offices report task follow-up, and the two counted beside them. */
export const STATUS_LABELS: Record<TrackedStatus, string> = {
  onTime: 'Hoàn thành đúng hạn',
  late: 'Hoàn thành quá hạn',
  open: 'Đang thực hiện trong hạn',
  overdue: 'Quá hạn chưa hoàn thành',
  noDeadline: 'Không có thời hạn',
  cancelled: 'Đã hủy',
};

export const NO_UNIT_LABEL = '(chưa xác định đơn vị)';

/** "2022-07-15" -> "15/07/2022", as Vietnamese documents write dates. */
export const vietnameseDate = (iso: string | null): string => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');

/** A calendar day as a Date at UTC midnight: spreadsheet and calendar writers read it back as that same day. */
export const utcDay = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

/** "once" is the ordinary case; only the periods of recurring work are worth a column. */
export const occurrenceLabel = (occurrence: string): string => (occurrence === 'once' ? '' : occurrence);
