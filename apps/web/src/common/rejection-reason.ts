import type { MessageKey } from '../i18n/catalogue';
import { vi } from '../i18n/catalogue';
import type { Translate } from '../i18n/i18n';

/** A refusal in the reader's language when its code is known, the server's own words otherwise. */
export function rejectionReason(t: Translate, rejection: { code: string; reason: string | null }): string {
  const key = `reason.${rejection.code}`;
  return key in vi ? t(key as MessageKey) : (rejection.reason ?? rejection.code);
}
