import * as path from 'node:path';
import { Fts5SearchIndex, ReadModelStore } from '@plan-ledger/projections';
import { searchPageSync } from '../libs/projections/src/search/adapters/fts5/fts5-directive-index';
import { buildCorpus, sampleQueries, samplePlans } from './search-corpus';
import { median, percentile, timed } from './stats';

export interface SearchLatency {
  directives: number;
  queries: number;
  buildMs: number;
  /** Queries that found something: a benchmark of empty results would flatter the index. */
  withHits: number;
  averageHits: number;
  /** The first search after the corpus was written (loads what the index keeps in memory). */
  firstMs: number;
  top: { medianMs: number; p95Ms: number };
  full: { medianMs: number; p95Ms: number };
}

/**
 * Directive search on the embedded default (FTS5 in a read-model file) at `size` directives: the page of 20
 * alone ("top 20"), then the full request through the SearchIndex port (page, total, unit, year and issuer facets).
 */
export async function measureSearchLatency(dir: string, size: number, queryCount: number): Promise<SearchLatency> {
  const store = new ReadModelStore(path.join(dir, 'search.sqlite'));
  try {
    const index = new Fts5SearchIndex(store.db);
    const plans = await samplePlans();
    const build = await timed(() => buildCorpus(index, plans, size));
    const queries = sampleQueries(plans, queryCount);
    const first = await timed(() => index.search(queries[0]));
    const top: number[] = [];
    for (const query of queries) top.push((await timed(() => searchPageSync(store.db, query))).ms);
    const full: number[] = [];
    let withHits = 0;
    let hits = 0;
    for (const query of queries) {
      const { result, ms } = await timed(() => index.search(query));
      full.push(ms);
      hits += result.total;
      if (result.total > 0) withHits++;
    }
    return {
      directives: size,
      queries: queries.length,
      buildMs: build.ms,
      withHits,
      averageHits: hits / queries.length,
      firstMs: first.ms,
      top: { medianMs: median(top), p95Ms: percentile(top, 95) },
      full: { medianMs: median(full), p95Ms: percentile(full, 95) },
    };
  } finally {
    store.close();
  }
}
