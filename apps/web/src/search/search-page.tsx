import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { get } from '../api/client';
import type { FacetValue } from '../api/responses';
import { AsyncView } from '../common/async-view';
import { formatDate } from '../common/format';
import { snippetPieces } from '../common/marked-text';
import { useAsync } from '../common/use-async';
import { useI18n } from '../i18n/i18n';

const PAGE = 20;
const FACETS = ['year', 'issuer', 'unit'] as const;

/** Tra cứu nhiệm vụ: every parameter lives in the URL, so a search can be shared as a link. */
export function SearchPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [typed, setTyped] = useState(q);
  useEffect(() => setTyped(q), [q]);

  const [result] = useAsync(
    (signal) =>
      get('/api/v1/directives', {
        query: {
          q: q || undefined,
          year: params.get('year') ? Number(params.get('year')) : undefined,
          issuer: params.get('issuer') ?? undefined,
          unit: params.get('unit') ?? undefined,
          dueFrom: params.get('dueFrom') ?? undefined,
          dueTo: params.get('dueTo') ?? undefined,
          limit: PAGE,
          offset: Number(params.get('offset') ?? 0),
        },
        signal,
      }),
    [params.toString()],
  );

  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    if (!('offset' in changes)) next.delete('offset');
    setParams(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    set({ q: typed.trim() });
  };
  const offset = Number(params.get('offset') ?? 0);

  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">{t('search.title')}</h1>
      <form role="search" className="search-form" onSubmit={submit}>
        <label htmlFor="search-q">{t('search.query')}</label>
        <div className="search-row">
          <input id="search-q" type="search" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
          <button type="submit" className="primary">{t('search.submit')}</button>
        </div>
      </form>
      <AsyncView state={result}>
        {({ total, items, facets }) => (
          <div className="search-columns">
            <form className="facets" aria-label={t('search.facets')} onSubmit={(e) => e.preventDefault()}>
              <h2>{t('search.facets')}</h2>
              {FACETS.map((name) => (
                <FacetSelect key={name} name={name} values={facets[name]} selected={params.get(name) ?? ''} onChange={(value) => set({ [name]: value })} />
              ))}
              <label>
                {t('search.dueFrom')}
                <input type="date" value={params.get('dueFrom') ?? ''} onChange={(e) => set({ dueFrom: e.target.value })} />
              </label>
              <label>
                {t('search.dueTo')}
                <input type="date" value={params.get('dueTo') ?? ''} onChange={(e) => set({ dueTo: e.target.value })} />
              </label>
              <button type="button" onClick={() => setParams(q ? { q } : {})}>{t('search.clear')}</button>
            </form>
            <section aria-labelledby="results-title" className="results">
              <h2 id="results-title" className="visually-hidden">{t('search.results')}</h2>
              <p role="status">{t('search.total', { total })}</p>
              {items.length === 0 && <p>{t('search.none')}</p>}
              <ol className="hits" start={offset + 1}>
                {items.map((hit) => (
                  <li key={hit.id} className="hit">
                    <p className="snippet">
                      {snippetPieces(hit.snippet).map((piece, i) => (piece.marked ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>))}
                    </p>
                    <p className="hit-meta">
                      {[hit.plan.number, hit.issuer, hit.year].filter(Boolean).join(' · ')}
                      {hit.due && <> · {t('search.due', { date: formatDate(hit.due) })}</>}
                      {hit.units.length > 0 && <> · {hit.units.join('; ')}</>}
                    </p>
                    <Link to={`/van-ban/${hit.documentId}?nhiem-vu=${hit.id}`}>
                      {t('search.open')}: {hit.plan.title ?? hit.plan.number ?? hit.documentId}
                    </Link>
                  </li>
                ))}
              </ol>
              <nav className="pager" aria-label={t('search.results')}>
                <button type="button" disabled={offset === 0} onClick={() => set({ offset: String(Math.max(0, offset - PAGE)) })}>{t('documents.previous')}</button>
                <button type="button" disabled={offset + PAGE >= total} onClick={() => set({ offset: String(offset + PAGE) })}>{t('documents.next')}</button>
              </nav>
            </section>
          </div>
        )}
      </AsyncView>
    </section>
  );
}

function FacetSelect({ name, values, selected, onChange }: { name: (typeof FACETS)[number]; values: FacetValue<string | number>[]; selected: string; onChange(value: string): void }) {
  const { t } = useI18n();
  const listed = values.some((v) => String(v.value) === selected) || !selected ? values : [{ value: selected, count: 0 }, ...values];
  return (
    <label>
      {t(`search.${name}`)}
      <select value={selected} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('search.any')}</option>
        {listed.map(({ value, count }) => (
          <option key={String(value)} value={String(value)}>
            {value} ({count})
          </option>
        ))}
      </select>
    </label>
  );
}
