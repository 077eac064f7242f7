import { foldVietnamese } from '@plan-ledger/extraction';

export interface MatchTerms {
  /** Folded words; the last also matches as a prefix. */
  folded: string[];
  /** The words as typed (lowercase NFC), for the exact-diacritic ranking; null when the query has no diacritics. */
  exact: string[] | null;
}

const WORDS = /[\p{L}\p{N}]+/gu;

export function matchTerms(q: string | undefined): MatchTerms | null {
  const exact = (q ?? '').normalize('NFC').toLowerCase().match(WORDS) ?? [];
  if (exact.length === 0) return null;
  const folded = exact.map((word) => foldVietnamese(word));
  const accented = exact.some((word, i) => word !== folded[i]);
  return { folded, exact: accented ? exact : null };
}

/** An FTS5 expression: every word in `column`, the last one as a prefix. Words are letters and digits only. */
export function ftsExpression(column: string, words: readonly string[]): string {
  return words.map((word, i) => `${column} : "${word}"${i === words.length - 1 ? ' *' : ''}`).join(' AND ');
}

/** An FTS5 phrase: the words side by side in `column`, the last one as a prefix. */
export function ftsPhrase(column: string, words: readonly string[]): string {
  return `${column} : "${words.join(' ')}" *`;
}
