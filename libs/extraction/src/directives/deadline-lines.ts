import { foldKeepingOffsets } from '../text';

/**
 * A line "- Thời gian <việc>: <thời hạn>." states the deadline of its block rather than a piece of
 * work: it goes to every directive of the block that has no deadline of its own (spec 2).
 */
export function isDeadlineLine(text: string): boolean {
  return /^(?:thoi gian|thoi han|tien do|han hoan thanh)\b[^:]{0,50}:/.test(foldKeepingOffsets(text.trim()));
}
