import ical from 'ical-generator';
import { addDaysIso } from '@plan-ledger/domain';
import type { DeadlineItem } from '@plan-ledger/projections';
import { STATUS_LABELS, occurrenceLabel, utcDay, vietnameseDate } from './labels';

export interface DeadlineCalendar {
  /** The calendar's name, e.g. the unit's. */
  name: string;
  /** The report's instant: stamps every event, so the same data gives the same feed. */
  generatedAt: string;
  items: DeadlineItem[];
}

/**
 * An iCalendar feed of deadlines: one all-day event on each due date in force, with an id stable across
 * downloads (directive and occurrence), so calendar clients update events instead of duplicating them.
 */
export function toIcs(calendar: DeadlineCalendar): string {
  const feed = ical({ name: calendar.name, prodId: { company: 'plan-ledger', product: 'deadlines', language: 'VI' } });
  for (const item of calendar.items) {
    const due = item.dueInForce!;
    const period = occurrenceLabel(item.occurrence);
    feed.createEvent({
      id: `${item.directiveId}-${item.occurrence}@plan-ledger`,
      start: utcDay(due),
      end: utcDay(addDaysIso(due, 1)),
      allDay: true,
      stamp: new Date(calendar.generatedAt),
      summary: `${period ? `[${period}] ` : ''}${item.text}`,
      description: [
        `Tình trạng: ${STATUS_LABELS[item.status]}`,
        `Hạn: ${vietnameseDate(due)}${item.due !== due ? ` (gia hạn từ ${vietnameseDate(item.due)})` : ''}`,
        item.planNumber ? `Kế hoạch số ${item.planNumber}` : null,
        `Đơn vị chủ trì: ${item.units.map((u) => u.name).filter(Boolean).join('; ')}`,
      ]
        .filter(Boolean)
        .join('\n'),
    });
  }
  return feed.toString();
}
