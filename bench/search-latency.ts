import * as path from 'node:path';
import { Fts5SearchIndex, ReadModelStore } from '@plan-ledger/projections';
import { buildCorpus, sampleQueries, samplePlans } from './search-corpus';
import { median, percentile, timed } from './stats';

export interface SearchLatency {
  directives: number;
  queries: number;
  buildMs: number;
  /** Queries that found something: a benchmark of empty results would flatter the index. */
  withHits: number;
  full: { medianMs: number; p95Ms: number };
}

/** Directive search on the embedded default (FTS5 in a read-model file) at `size` directives. */
export async function measureSearchLatency(dir: string, size: number, queryCount: number): Promise<SearchLatency> {
  const store = new ReadModelStore(path.join(dir, 'search.sqlite'));
  try {
    const index = new Fts5SearchIndex(store.db);
    const plans = await samplePlans();
    const build = await timed(() => buildCorpus(index, plans, size));
    const queries = sampleQueries(plans, queryCount);
    const full: number[] = [];
    let withHits = 0;
    for (const query of queries) {
      const { result, ms } = await timed(() => index.search(query));
      full.push(ms);
      if (result.total > 0) withHits++;
    }
    return { directives: size, queries: queries.length, buildMs: build.ms, withHits, full: { medianMs: median(full), p95Ms: percentile(full, 95) } };
  } finally {
    store.close();
  }
}
