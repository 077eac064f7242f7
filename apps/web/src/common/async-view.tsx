import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import type { AsyncState } from './use-async';

/** The loading and error states every screen shows alike; the value itself is the caller's to render. */
export function AsyncView<T>({ state, children }: { state: AsyncState<T>; children: (value: T) => ReactNode }) {
  const { t } = useI18n();
  if (state.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (state.status === 'error') return <p role="alert" className="error">{t('app.error', { message: state.error.message })}</p>;
  return <>{children(state.value)}</>;
}
