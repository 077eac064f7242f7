import type { MessageKey } from '../i18n/catalogue';
import { vi } from '../i18n/catalogue';
import type { Translate } from '../i18n/i18n';

/** A code the catalogue names under `prefix` in the reader's language, else the fallback as the server gave it. */
const named = (t: Translate, prefix: string, code: string, fallback: string): string => {
  const key = `${prefix}.${code}`;
  return key in vi ? t(key as MessageKey) : fallback;
};

/** A refusal in the reader's language when its code is known, the server's own words otherwise. */
export const rejectionReason = (t: Translate, rejection: { code: string; reason: string | null }): string =>
  named(t, 'reason', rejection.code, rejection.reason ?? rejection.code);

/** A document kind (KE_HOACH, QUYET_DINH, …) as its name. */
export const kindName = (t: Translate, kind: string): string => named(t, 'kind', kind, kind);
