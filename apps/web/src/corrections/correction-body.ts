import type { components } from '../api/openapi';
import type { DirectiveView } from '../api/responses';

export type CorrectionBody = components['schemas']['CorrectDto'];

/** What a person typed in the correction form. */
export interface CorrectionDraft {
  text: string;
  lead: string;
  support: string;
  due: string;
  reason: string;
}

const lines = (value: string): string[] => value.split('\n').map((s) => s.trim()).filter(Boolean);

export const draftOf = (directive: DirectiveView): CorrectionDraft => ({
  text: directive.text,
  lead: directive.units.lead.join('\n'),
  support: directive.units.support.join('\n'),
  due: directive.deadline?.due ?? '',
  reason: '',
});

/**
 * Pure: only the fields the person changed, so the recorded correction says exactly what was fixed; null when
 * nothing changed. A new due date is a plain date deadline (the plan's own words no longer describe it).
 */
export function correctionBody(directive: DirectiveView, draft: CorrectionDraft): CorrectionBody | null {
  const body: CorrectionBody = {};
  const text = draft.text.normalize('NFC').trim();
  if (text && text !== directive.text) body.text = text;
  const lead = lines(draft.lead.normalize('NFC'));
  const support = lines(draft.support.normalize('NFC'));
  if (lead.join('\n') !== directive.units.lead.join('\n') || support.join('\n') !== directive.units.support.join('\n')) {
    body.units = { lead, support, direct: directive.units.direct };
  }
  if (draft.due && draft.due !== (directive.deadline?.due ?? '')) body.deadline = { kind: 'date', due: draft.due };
  if (Object.keys(body).length === 0) return null;
  if (draft.reason.trim()) body.reason = draft.reason.trim();
  return body;
}
