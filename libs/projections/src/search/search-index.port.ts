/**
 * The directive search port (STYLE 5): FTS5 in the read-model file on the embedded default, Meilisearch when
 * scaled. Every adapter passes `describeSearchIndexContract`. Matching folds Vietnamese (tones and đ), and an
 * accented query ranks exact-diacritic matches first.
 */
export type DirectiveStatus = 'open' | 'done';

/** What is indexed per directive; `id` is the key, so upserting the same id replaces the document. */
export interface SearchDirectiveDoc {
  id: string;
  documentId: string;
  ordinal: number;
  text: string;
  section: string | null;
  /** Unit names as written, every role. */
  units: string[];
  /** Canonical unit ids, every role. */
  unitIds: string[];
  status: DirectiveStatus;
  due: string | null;
  year: number | null;
  issuer: string | null;
  plan: { number: string | null; title: string | null; issuedOn: string | null; kind: string | null };
}

export interface DirectiveSearchQuery {
  /** Words; folded for matching, the last one also matches as a prefix. Empty or absent: filters only. */
  q?: string;
  year?: number;
  issuer?: string;
  /** A unit name as written or a unit id; several for any of them (a unit and those merged with it: unitMatchValues). */
  unit?: string | readonly string[];
  status?: DirectiveStatus;
  /** Inclusive ISO dates on the deadline's due date. */
  dueFrom?: string;
  dueTo?: string;
  limit?: number;
  offset?: number;
}

/** The unit filter as a list: empty when there is none. */
export function unitFilterOf({ unit }: DirectiveSearchQuery): readonly string[] {
  if (typeof unit === 'string') return unit ? [unit] : [];
  return unit ?? [];
}

export interface DirectiveHit extends SearchDirectiveDoc {
  /** HTML-escaped text around the first match, matched words in `<mark>`. */
  snippet: string;
}

export interface FacetValue<T = string> {
  value: T;
  count: number;
}

export interface DirectiveSearchResult {
  total: number;
  items: DirectiveHit[];
  /** Over every hit, not just the page; a value's count is the total a search adding that filter returns. */
  facets: { unit: FacetValue[]; year: FacetValue<number>[]; issuer: FacetValue[] };
}

export interface SearchIndex {
  upsertDirectives(docs: readonly SearchDirectiveDoc[]): Promise<void>;
  deleteDocument(documentId: string): Promise<void>;
  search(query: DirectiveSearchQuery): Promise<DirectiveSearchResult>;
  clear(): Promise<void>;
}

export const SEARCH_INDEX = Symbol('SEARCH_INDEX');
