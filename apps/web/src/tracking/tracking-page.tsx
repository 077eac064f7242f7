import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { downloadUrl, get } from '../api/client';
import type { DeadlineItem } from '../api/responses';
import { AsyncView } from '../common/async-view';
import { formatDate, todayInVietnam } from '../common/format';
import { useAsync } from '../common/use-async';
import { useI18n } from '../i18n/i18n';
import { BUCKETS, BucketChart, rowLabel } from './bucket-chart';

const WITHIN_DAYS = 30;

/** Theo dõi thực hiện: the compliance report as of a date, with the lists behind it and the exports. */
export function TrackingPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') ?? todayInVietnam();
  const year = params.get('year') ? Number(params.get('year')) : undefined;
  const query = { asOf, year };

  const [report] = useAsync(
    async (signal) => {
      const [compliance, deadlines] = await Promise.all([
        get('/api/v1/compliance', { query, signal }),
        get('/api/v1/compliance/deadlines', { query: { ...query, within: WITHIN_DAYS }, signal }),
      ]);
      return { compliance, deadlines };
    },
    [asOf, year],
  );
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };

  return (
    <section aria-labelledby="tracking-title">
      <h1 id="tracking-title">{t('tracking.title')}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('tracking.title')}>
        <label>
          {t('tracking.asOf')}
          <input type="date" value={asOf} required onChange={(e) => set('asOf', e.target.value)} />
        </label>
        <label>
          {t('tracking.year')}
          <input type="number" min={1900} max={2200} value={year ?? ''} onChange={(e) => set('year', e.target.value)} />
        </label>
      </form>
      <div className="exports" role="group" aria-label={t('tracking.export')}>
        <a className="button" href={downloadUrl.complianceCsv({ ...query, table: 'summary' })} download>{t('tracking.csv')}</a>
        <a className="button" href={downloadUrl.complianceXlsx(query)} download>{t('tracking.xlsx')}</a>
      </div>
      <AsyncView state={report}>
        {({ compliance, deadlines }) =>
          compliance.rows.length === 0 ? (
            <p>{t('tracking.noData')}</p>
          ) : (
            <>
              <h2>{t('tracking.chart')}</h2>
              <BucketChart rows={compliance.rows} title={`${t('tracking.chart')} — ${t('tracking.asOf')} ${formatDate(compliance.asOf)}`} />
              <h2 id="tracking-table-title">{t('tracking.table')}</h2>
              <div className="table-scroll">
                <table aria-labelledby="tracking-table-title" className="buckets">
                  <thead>
                    <tr>
                      <th scope="col">{t('tracking.unit')}</th>
                      <th scope="col">{t('tracking.issuer')}</th>
                      {BUCKETS.map((bucket) => <th scope="col" key={bucket}>{t(`tracking.${bucket}`)}</th>)}
                      <th scope="col">{t('tracking.ics')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {compliance.rows.map((row) => (
                      <tr key={`${row.unitId}-${row.issuer}-${row.year}`}>
                        <th scope="row">{rowLabel(row, t('tracking.noUnit'))}</th>
                        <td>{row.issuer ?? '—'}</td>
                        {BUCKETS.map((bucket) => <td className="number" data-bucket={bucket} key={bucket}>{row.counts[bucket]}</td>)}
                        <td>{row.unitId && <a href={downloadUrl.unitIcs(row.unitId, { asOf })} download>ICS</a>}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row" colSpan={2}>{t('tracking.total')}</th>
                      {BUCKETS.map((bucket) => <td className="number" data-total={bucket} key={bucket}>{compliance.totals[bucket]}</td>)}
                      <td />
                    </tr>
                  </tfoot>
                </table>
              </div>
              <div className="deadline-columns">
                <DeadlineSection title={t('tracking.upcoming')} items={deadlines.upcoming} />
                <DeadlineSection title={t('tracking.overdueList')} items={deadlines.overdue} />
              </div>
            </>
          )
        }
      </AsyncView>
    </section>
  );
}

/** Long lists show their first items until asked for all, so the report stays readable. */
const SHORT_LIST = 15;

function DeadlineSection({ title, items }: { title: string; items: DeadlineItem[] }) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, SHORT_LIST);
  return (
    <section aria-label={title} className="deadlines">
      <h2>{title} ({items.length})</h2>
      {items.length === 0 ? (
        <p>{t('tracking.noneListed')}</p>
      ) : (
        <ul>
          {shown.map((item) => (
            <li key={`${item.directiveId}-${item.occurrence}`}>
              <Link to={`/van-ban/${item.documentId}?nhiem-vu=${item.directiveId}`}>{item.text}</Link>
              <small>
                {' '}
                {formatDate(item.dueInForce)} · {item.daysLeft >= 0 ? t('tracking.daysLeft', { days: item.daysLeft }) : t('tracking.daysLate', { days: -item.daysLeft })}
                {item.units.some((u) => u.name) && ` · ${item.units.map((u) => u.name).filter(Boolean).join('; ')}`}
              </small>
            </li>
          ))}
        </ul>
      )}
      {items.length > SHORT_LIST && (
        <button type="button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('tracking.showFewer') : t('tracking.showAll', { count: items.length })}
        </button>
      )}
    </section>
  );
}
