import { Link, useSearchParams } from 'react-router';
import { get } from '../api/client';
import type { DocumentStatus, DocumentView } from '../api/responses';
import { AsyncView } from '../common/async-view';
import { formatDate } from '../common/format';
import { kindName, rejectionReason } from '../common/catalogue-names';
import { StatusBadge } from '../common/status-badge';
import { useAsync } from '../common/use-async';
import { useI18n } from '../i18n/i18n';

const PAGE = 50;
const STATUSES: DocumentStatus[] = ['received', 'text_extracted', 'parsed', 'rejected', 'failed'];
const FILTERS = ['year', 'issuer', 'kind', 'status'] as const;

const distinct = <T,>(values: (T | null)[]): T[] => [...new Set(values.filter((v): v is T => v !== null))];

export function DocumentsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const offset = Number(params.get('offset') ?? 0);
  const filters = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? ''])) as Record<(typeof FILTERS)[number], string>;

  // The choices come from every document, so a filter never hides the other values of its own list.
  const [choices] = useAsync((signal) => get('/api/v1/documents', { query: { limit: 200 }, signal }), []);
  const [page] = useAsync(
    (signal) =>
      get('/api/v1/documents', {
        query: {
          year: filters.year ? Number(filters.year) : undefined,
          issuer: filters.issuer || undefined,
          kind: filters.kind || undefined,
          status: (filters.status || undefined) as DocumentStatus | undefined,
          limit: PAGE,
          offset,
        },
        signal,
      }),
    [params.toString()],
  );
  const all: DocumentView[] = choices.status === 'ready' ? choices.value.items : [];
  const options = {
    year: distinct(all.map((d) => d.year)).sort().map(String),
    issuer: distinct(all.map((d) => d.issuer)).sort((a, b) => a.localeCompare(b, 'vi')),
    kind: distinct(all.map((d) => d.kind)).sort(),
    status: STATUSES,
  };
  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete('offset');
    setParams(next);
  };
  const goTo = (nextOffset: number) => {
    const next = new URLSearchParams(params);
    next.set('offset', String(nextOffset));
    setParams(next);
  };

  return (
    <section aria-labelledby="documents-title">
      <h1 id="documents-title">{t('documents.title')}</h1>
      <form className="filters" aria-label={t('documents.filters')} onSubmit={(e) => e.preventDefault()}>
        {FILTERS.map((name) => (
          <label key={name}>
            {t(`documents.${name}`)}
            <select value={filters[name]} onChange={(e) => setFilter(name, e.target.value)}>
              <option value="">{t('documents.all')}</option>
              {options[name].map((value) => (
                <option key={value} value={value}>
                  {name === 'status' ? t(`status.${value as DocumentStatus}`) : name === 'kind' ? kindName(t, value) : value}
                </option>
              ))}
            </select>
          </label>
        ))}
      </form>
      <AsyncView state={page}>
        {({ total, items }) => (
          <>
            <p role="status">{t('documents.total', { total })}</p>
            {items.length === 0 ? (
              <p>{t('documents.none')}</p>
            ) : (
              <div className="table-scroll">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('documents.number')}</th>
                      <th scope="col">{t('documents.titleCol')}</th>
                      <th scope="col">{t('documents.issuer')}</th>
                      <th scope="col">{t('documents.issuedOn')}</th>
                      <th scope="col">{t('documents.directives')}</th>
                      <th scope="col">{t('documents.status')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((d) => (
                      <tr key={d.id}>
                        <td>{d.number ?? '—'}</td>
                        <th scope="row">
                          <Link to={`/van-ban/${d.id}`}>{d.title ?? d.fileName ?? d.id}</Link>
                        </th>
                        <td>{d.issuer ?? '—'}</td>
                        <td>{formatDate(d.issuedOn)}</td>
                        <td className="number">{d.counts.directives ?? '—'}</td>
                        <td>
                          <StatusBadge status={d.status} reason={d.rejection ? rejectionReason(t, d.rejection) : null} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <nav className="pager" aria-label={t('documents.title')}>
              <button type="button" disabled={offset === 0} onClick={() => goTo(Math.max(0, offset - PAGE))}>
                {t('documents.previous')}
              </button>
              <button type="button" disabled={offset + PAGE >= total} onClick={() => goTo(offset + PAGE)}>
                {t('documents.next')}
              </button>
            </nav>
          </>
        )}
      </AsyncView>
    </section>
  );
}
