import { foldKeepingOffsets } from '@plan-ledger/extraction';
import { unitFilterOf, type DirectiveSearchQuery, type FacetValue, type SearchDirectiveDoc } from '../../search-index.port';

/** A directive as stored in Meilisearch: the port's document plus what matching and range filters need. */
export interface IndexedDirective extends SearchDirectiveDoc {
  textFolded: string;
  /** The due date as yyyymmdd, or null. */
  dueDay: number | null;
}

const dayNumber = (isoDate: string): number => Number(isoDate.slice(0, 10).replace(/-/g, ''));

export const toIndexedDirective = (doc: SearchDirectiveDoc): IndexedDirective => ({
  ...doc,
  textFolded: foldKeepingOffsets(doc.text),
  dueDay: doc.due ? dayNumber(doc.due) : null,
});

export function fromIndexedDirective(indexed: IndexedDirective): SearchDirectiveDoc {
  const { textFolded: _folded, dueDay: _dueDay, ...doc } = indexed;
  return doc;
}

/** A filter string value, quoted as Meilisearch's filter syntax wants. */
export const quote = (value: string): string => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** The query's filters in Meilisearch syntax, ANDed; null when there are none. */
export function filterOf(query: DirectiveSearchQuery): string | null {
  const parts: string[] = [];
  if (query.year !== undefined && query.year !== null) parts.push(`year = ${Math.trunc(query.year)}`);
  if (query.issuer) parts.push(`issuer = ${quote(query.issuer)}`);
  if (query.status) parts.push(`status = ${quote(query.status)}`);
  const units = unitFilterOf(query);
  if (units.length > 0) parts.push(`(${units.flatMap((unit) => [`units = ${quote(unit)}`, `unitIds = ${quote(unit)}`]).join(' OR ')})`);
  if (query.dueFrom) parts.push(`dueDay >= ${dayNumber(query.dueFrom)}`);
  if (query.dueTo) parts.push(`dueDay <= ${dayNumber(query.dueTo)}`);
  return parts.length > 0 ? parts.join(' AND ') : null;
}

const FACET_LIMIT = 50;

/** A facet distribution as the port's list: by count, then value, at most 50 (as the embedded index answers). */
export function facetValues<T extends string | number>(distribution: Record<string, number> | undefined, parse: (key: string) => T): FacetValue<T>[] {
  return Object.entries(distribution ?? {})
    .map(([key, count]) => ({ value: parse(key), count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, FACET_LIMIT);
}

const WORDS = /[\p{L}\p{N}]+/gu;

/** True when every word of the query appears as typed (lowercase NFC, the last as a prefix) in `text`. */
export function matchesExactly(text: string, exactWords: readonly string[]): boolean {
  const words = text.normalize('NFC').toLowerCase().match(WORDS) ?? [];
  const last = exactWords.length - 1;
  return exactWords.every((word, i) => words.some((w) => w === word || (i === last && w.startsWith(word))));
}

/** Stable: exact-diacritic matches first, each group in the server's relevance order. */
export function exactFirst<T extends { text: string }>(hits: readonly T[], exactWords: readonly string[] | null): T[] {
  if (!exactWords) return [...hits];
  const exact = hits.filter((hit) => matchesExactly(hit.text, exactWords));
  return [...exact, ...hits.filter((hit) => !exact.includes(hit))];
}
