import { useId, useState, type FormEvent } from 'react';
import { correctDirective } from '../api/client';
import type { DirectiveView } from '../api/responses';
import { useI18n } from '../i18n/i18n';
import { correctionBody, draftOf, type CorrectionBody, type CorrectionDraft } from './correction-body';

/**
 * Sửa trích xuất: fixes a directive's text, units or deadline where it is shown. The API records the change as a
 * DirectiveCorrected event; `onSaved` gets what was sent, to wait until the read model shows it.
 */
export function CorrectDirectiveForm({ directive, onSaved, onCancel }: { directive: DirectiveView; onSaved(body: CorrectionBody, message: string): void; onCancel(): void }) {
  const { t } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<CorrectionDraft>(() => draftOf(directive));
  const [state, setState] = useState<{ saving: boolean; message: string | null }>({ saving: false, message: null });
  const field = (name: keyof CorrectionDraft) => ({
    id: `${id}-${name}`,
    value: draft[name],
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [name]: e.target.value }),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = correctionBody(directive, draft);
    if (!body) return setState({ saving: false, message: t('correct.unchanged') });
    setState({ saving: true, message: null });
    try {
      const result = await correctDirective(directive.id, body);
      onSaved(body, t('correct.saved', { events: result.appended.join(', ') || '—' }));
    } catch (error) {
      setState({ saving: false, message: t('correct.failed', { message: (error as Error).message }) });
    }
  };

  return (
    <form className="correction" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('correct.title', { n: directive.ordinal + 1 })}</h3>
      <label htmlFor={`${id}-text`}>{t('correct.text')}</label>
      <textarea rows={4} {...field('text')} />
      <label htmlFor={`${id}-lead`}>{t('correct.lead')}</label>
      <textarea rows={2} {...field('lead')} />
      <label htmlFor={`${id}-support`}>{t('correct.support')}</label>
      <textarea rows={2} {...field('support')} />
      <label htmlFor={`${id}-due`}>{t('correct.due')}</label>
      <input type="date" {...field('due')} />
      <label htmlFor={`${id}-reason`}>{t('correct.reason')}</label>
      <input type="text" {...field('reason')} />
      <div className="actions">
        <button type="submit" className="primary" disabled={state.saving}>{t('correct.save')}</button>
        <button type="button" onClick={onCancel}>{t('correct.cancel')}</button>
      </div>
      {state.message && <p role="alert">{state.message}</p>}
    </form>
  );
}
