import type { CorrectDirectivePayload } from '@plan-ledger/ingestion';
import type { CorrectDto } from './directives-lifecycle.dto';

/** The body of a correction as the command's payload: only the fields sent, a deadline in the extraction's shape. */
export function correctionOf(directiveId: string, { text, units, deadline, recurrence, reason }: CorrectDto): CorrectDirectivePayload {
  const after: CorrectDirectivePayload['after'] = {};
  if (text !== undefined) after.text = text.normalize('NFC');
  if (units !== undefined) after.units = { lead: units.lead, support: units.support, direct: units.direct };
  if (deadline !== undefined) after.deadline = { kind: deadline.kind, start: deadline.start ?? null, due: deadline.due, raw: deadline.raw ?? deadline.due };
  if (recurrence !== undefined) after.recurrence = recurrence;
  return { directiveId, after, reason: reason ?? null };
}
