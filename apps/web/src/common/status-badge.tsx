import type { MessageKey } from '../i18n/catalogue';
import { useI18n } from '../i18n/i18n';

export type BadgeStatus = 'uploading' | 'received' | 'text_extracted' | 'processing' | 'parsed' | 'rejected' | 'failed' | 'duplicate';

/** A status in words (never in colour alone), with an optional reason after it. */
export function StatusBadge({ status, reason }: { status: BadgeStatus; reason?: string | null }) {
  const { t } = useI18n();
  const label = status === 'rejected' && reason ? t('status.rejectedBecause', { reason }) : t(`status.${status}` as MessageKey);
  return <span className={`badge badge-${status}`} data-status={status}>{label}</span>;
}
