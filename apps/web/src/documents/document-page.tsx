import { useCallback, useEffect, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { downloadUrl, get } from '../api/client';
import type { DirectiveView, DocumentDetail, DocumentText } from '../api/responses';
import { AsyncView } from '../common/async-view';
import { formatDate } from '../common/format';
import { kindName, rejectionReason } from '../common/catalogue-names';
import { StatusBadge } from '../common/status-badge';
import { useAsync } from '../common/use-async';
import { CorrectDirectiveForm } from '../corrections/correct-directive-form';
import type { CorrectionBody } from '../corrections/correction-body';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../auth/session';
import { HighlightedText, markId } from './highlighted-text';

/** The URL parameter naming the directive in view, so a search result links straight to its span. */
const DIRECTIVE_PARAM = 'nhiem-vu';

const load = async (id: string, signal: AbortSignal): Promise<{ detail: DocumentDetail; text: DocumentText | null }> => {
  const detail = await get('/api/v1/documents/{id}', { path: { id }, signal });
  const text = detail.status === 'parsed' || detail.status === 'text_extracted' ? await get('/api/v1/documents/{id}/text', { path: { id }, signal }) : null;
  return { detail, text };
};

/** True once the read model shows every field the correction sent (projections apply events a moment later). */
const shows = (directive: DirectiveView | undefined, body: CorrectionBody): boolean =>
  !!directive &&
  (body.text === undefined || directive.text === body.text) &&
  (body.deadline === undefined || directive.deadline?.due === body.deadline.due) &&
  (body.units === undefined || directive.units.lead.join('\n') === body.units.lead.join('\n'));

export function DocumentPage() {
  const { id = '' } = useParams();
  const [state, reload] = useAsync((signal) => load(id, signal), [id]);
  return <AsyncView state={state}>{(value) => <DocumentView {...value} reload={reload} />}</AsyncView>;
}

function DocumentView({ detail, text, reload }: { detail: DocumentDetail; text: DocumentText | null; reload(): void }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const selected = params.get(DIRECTIVE_PARAM);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const mayCorrect = useSession().can('archivist');

  const select = useCallback(
    (directiveId: string) => {
      const next = new URLSearchParams(params);
      next.set(DIRECTIVE_PARAM, directiveId);
      setParams(next, { replace: true });
    },
    [params, setParams],
  );

  useEffect(() => {
    if (!selected) return;
    const mark = document.getElementById(markId(selected));
    mark?.scrollIntoView({ block: 'center' });
    mark?.focus({ preventScroll: true });
  }, [selected, text]);

  const saved = async (directiveId: string, body: CorrectionBody, message: string) => {
    for (let attempt = 0; attempt < 40; attempt++) {
      const fresh = await get('/api/v1/documents/{id}', { path: { id: detail.id } });
      if (shows(fresh.directives.find((d) => d.id === directiveId), body)) break;
      await new Promise((r) => setTimeout(r, 150));
    }
    setEditing(null);
    setNotice(message);
    select(directiveId);
    reload();
  };

  const metadata: [string, string | null][] = [
    [t('documents.number'), detail.number],
    [t('documents.kind'), detail.kind && kindName(t, detail.kind)],
    [t('documents.issuer'), detail.issuer],
    [t('document.place'), detail.place],
    [t('documents.issuedOn'), formatDate(detail.issuedOn)],
    [t('documents.year'), detail.year === null ? null : String(detail.year)],
    [t('document.signer'), detail.signer ? [detail.signer.position, detail.signer.name].filter(Boolean).join(' — ') : null],
    [t('document.fileName'), detail.fileName],
  ];

  return (
    <article aria-labelledby="document-title">
      <h1 id="document-title">{detail.title ?? detail.fileName}</h1>
      <section aria-label={t('document.metadata')} className="metadata">
        <dl>
          {metadata.filter(([, value]) => value).map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
          <div>
            <dt>{t('documents.status')}</dt>
            <dd><StatusBadge status={detail.status} reason={detail.rejection ? rejectionReason(t, detail.rejection) : null} /></dd>
          </div>
        </dl>
        <a className="button" href={downloadUrl.original(detail.id)} download>
          {t('document.download')}
        </a>
      </section>
      {notice && <p role="status" className="notice">{notice}</p>}

      <div className="document-columns">
        <section aria-labelledby="directives-title" className="directive-list">
          <h2 id="directives-title">{t('document.directivesList', { count: detail.directives.length })}</h2>
          <ol>
            {detail.directives.map((directive) => (
              <li key={directive.id} className={directive.id === selected ? 'selected' : undefined} data-directive={directive.id}>
                <button type="button" className="link" onClick={() => select(directive.id)} disabled={!directive.span} aria-describedby={directive.span ? undefined : `nospan-${directive.id}`}>
                  <span className="ordinal">{t('document.directiveN', { n: directive.ordinal + 1 })}</span> {directive.text}
                </button>
                {!directive.span && <small id={`nospan-${directive.id}`}> ({t('document.noSpan')})</small>}
                <DirectiveFacts directive={directive} />
                {editing === directive.id ? (
                  <CorrectDirectiveForm directive={directive} onCancel={() => setEditing(null)} onSaved={(body, message) => saved(directive.id, body, message)} />
                ) : (
                  mayCorrect && (
                    <button type="button" onClick={() => { setNotice(null); setEditing(directive.id); }}>
                      {t('correct.edit')}
                    </button>
                  )
                )}
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="text-title" className="text-pane">
          <h2 id="text-title">{t('document.text')}</h2>
          {text ? <HighlightedText text={text.text.text} directives={text.directives} /> : <p>{t('document.noText')}</p>}
        </section>
      </div>
    </article>
  );
}

function DirectiveFacts({ directive }: { directive: DirectiveView }) {
  const { t } = useI18n();
  const roles = (['lead', 'support', 'direct'] as const).filter((role) => directive.units[role].length > 0);
  return (
    <dl className="facts">
      {roles.map((role) => (
        <div key={role}>
          <dt>{t(`document.${role}`)}</dt>
          <dd>{directive.units[role].join('; ')}</dd>
        </div>
      ))}
      <div>
        <dt>{t('document.deadline')}</dt>
        <dd data-field="due">{directive.deadline?.due ? `${formatDate(directive.deadline.due)}${directive.deadline.raw ? ` (${directive.deadline.raw})` : ''}` : t('document.noDeadline')}</dd>
      </div>
    </dl>
  );
}
