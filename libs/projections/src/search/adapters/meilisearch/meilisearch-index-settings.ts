import type { Settings } from 'meilisearch';

/** Index uids; a prefix lets several installations share one server (and the contract suite run beside them). */
export const DIRECTIVES_INDEX = 'directives';
export const CHECKPOINTS_INDEX = 'checkpoints';

/** Most hits a query ranks (Meilisearch's pagination limit): exact-diacritic matches are put first within them. */
export const MAX_RANKED_HITS = 1000;

/**
 * The directives index. Only `textFolded` is searched (the text with tones and đ folded, as FTS5 indexes it), so
 * "khen thuong" finds "khen thưởng" whatever the server's own normaliser does with đ, and a unit named in a
 * directive's metadata does not make it a text hit (the embedded index searches the text alone too).
 *
 * Typo tolerance is off. Vietnamese writes one syllable per word, rarely more than seven letters, and once folded
 * nearly every one-letter edit of a syllable is another real syllable: thuong/truong (thưởng/trường), khen/khan,
 * dua/dau, tinh/tinh. Meilisearch allows one typo from five letters, so "khen thuong" would also return
 * "trường" directives, and a wrong directive is worse than a missed one in a compliance tracker. The common "typo"
 * (typing without diacritics) is already covered by folding, and the last word still matches as a prefix.
 *
 * Facet values are returned by count, so the top units survive Meilisearch's per-facet cap; `dueDay` is the due date
 * as a yyyymmdd number because range filters compare numbers only.
 */
export const DIRECTIVES_INDEX_SETTINGS: Settings = {
  searchableAttributes: ['textFolded'],
  filterableAttributes: ['id', 'documentId', 'year', 'issuer', 'status', 'units', 'unitIds', 'dueDay'],
  sortableAttributes: ['documentId', 'ordinal', 'dueDay', 'year'],
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
  typoTolerance: { enabled: false },
  pagination: { maxTotalHits: MAX_RANKED_HITS },
};
