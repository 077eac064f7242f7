import { MeiliSearch, type Index } from 'meilisearch';
import type { DirectiveSearchQuery, DirectiveSearchResult, DirectiveStatus, SearchDirectiveDoc, SearchIndex } from '../../search-index.port';
import { matchTerms } from '../fts5/fts5-match';
import { markSnippet } from '../fts5/snippet';
import { DIRECTIVES_INDEX, DIRECTIVES_INDEX_SETTINGS, MAX_RANKED_HITS } from './meilisearch-index-settings';
import { exactFirst, facetValues, filterOf, fromIndexedDirective, quote, toIndexedDirective, type IndexedDirective } from './meilisearch-documents';
import { taskDone } from './meilisearch-tasks';

export interface MeilisearchConnection {
  /** `MEILI_URL`. */
  url: string;
  /** `MEILI_MASTER_KEY` (or a key allowed to search and write these indexes); none in development mode. */
  masterKey: string | null;
  /** Prepended to index uids. */
  indexPrefix?: string;
}

const MAX_LIMIT = 200;
const FACETS = ['units', 'year', 'issuer'];

/**
 * The scaled search index: directives in Meilisearch, answering as the FTS5 index does (one contract). The server
 * folds only what its normaliser knows, so matching runs on a folded copy of the text; ranking of exact-diacritic
 * matches, which Meilisearch cannot express, is done here over its relevance-ordered hits (at most
 * MAX_RANKED_HITS). Every write waits for its task, so a search right after sees it.
 */
export class MeilisearchSearchIndex implements SearchIndex {
  readonly client: MeiliSearch;
  private readonly uid: string;
  private ready: Promise<void> | null = null;

  constructor(connection: MeilisearchConnection) {
    this.client = new MeiliSearch({ host: connection.url, apiKey: connection.masterKey ?? undefined });
    this.uid = `${connection.indexPrefix ?? ''}${DIRECTIVES_INDEX}`;
  }

  async upsertDirectives(docs: readonly SearchDirectiveDoc[]): Promise<void> {
    if (docs.length === 0) return;
    const index = await this.index();
    await taskDone(index.addDocuments(docs.map(toIndexedDirective), { primaryKey: 'id' }), 'upsert');
  }

  async deleteDocument(documentId: string): Promise<void> {
    const index = await this.index();
    await taskDone(index.deleteDocuments({ filter: `documentId = ${quote(documentId)}` }), 'delete');
  }

  async clear(): Promise<void> {
    const index = await this.index();
    await taskDone(index.deleteAllDocuments(), 'clear');
  }

  async search(query: DirectiveSearchQuery): Promise<DirectiveSearchResult> {
    const index = await this.index();
    const terms = matchTerms(query.q);
    const q = terms ? terms.folded.join(' ') : '';
    const filter = filterOf(query) ?? undefined;
    const limit = Math.min(Math.max(query.limit ?? 20, 0), MAX_LIMIT);
    const offset = Math.max(query.offset ?? 0, 0);
    // Every word must match, as in the embedded index (Meilisearch would otherwise drop words to find more).
    const common = { filter, matchingStrategy: 'all' as const };
    const counted = await index.search(q, { ...common, facets: FACETS, page: 1, hitsPerPage: 0 });
    let page: SearchDirectiveDoc[];
    if (!terms) {
      const { hits } = await index.search(q, { ...common, sort: ['documentId:asc', 'ordinal:asc'], offset, limit });
      page = hits.map(fromIndexedDirective);
    } else {
      const { hits } = await index.search(q, { ...common, limit: MAX_RANKED_HITS, attributesToRetrieve: ['id', 'text'] });
      page = await this.fetch(exactFirst(hits, terms.exact).slice(offset, offset + limit).map((hit) => hit.id), index);
    }
    const distribution = counted.facetDistribution ?? {};
    return {
      total: counted.totalHits,
      items: page.map((doc) => ({ ...doc, snippet: markSnippet(doc.text, terms?.folded ?? []) })),
      facets: {
        unit: facetValues(distribution.units, String),
        year: facetValues(distribution.year, Number),
        issuer: facetValues(distribution.issuer, String),
      },
    };
  }

  /** The indexed status of each directive of a document (the projection keeps statuses across re-parses). */
  async statusesOf(documentId: string): Promise<Map<string, DirectiveStatus>> {
    const index = await this.index();
    const statuses = new Map<string, DirectiveStatus>();
    for (let offset = 0; ; offset += 1000) {
      const { results } = await index.getDocuments({ filter: `documentId = ${quote(documentId)}`, fields: ['id', 'status'], limit: 1000, offset });
      for (const doc of results) statuses.set(doc.id, doc.status);
      if (results.length < 1000) return statuses;
    }
  }

  /** One indexed directive, or null. */
  async get(id: string): Promise<SearchDirectiveDoc | null> {
    const [doc] = await this.fetch([id], await this.index());
    return doc ?? null;
  }

  /** Answers when the server does (for the health check). */
  async ping(): Promise<void> {
    await this.client.health();
  }

  /** Deletes the index itself (a rebuild starts from an empty one with current settings). */
  async dropIndex(): Promise<void> {
    await taskDone(this.client.index(this.uid).delete(), 'drop index', ['index_not_found']);
    this.ready = null;
  }

  private async fetch(ids: readonly string[], index: Index<IndexedDirective>): Promise<SearchDirectiveDoc[]> {
    if (ids.length === 0) return [];
    const { results } = await index.getDocuments({ filter: `id IN [${ids.map(quote).join(', ')}]`, limit: ids.length });
    const byId = new Map(results.map((doc) => [doc.id, fromIndexedDirective(doc)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Creates the index and applies its settings once per instance (both are idempotent on the server). */
  private async index(): Promise<Index<IndexedDirective>> {
    this.ready ??= (async () => {
      await taskDone(this.client.createIndex(this.uid, { primaryKey: 'id' }), 'create index', ['index_already_exists']);
      await taskDone(this.client.index(this.uid).updateSettings(DIRECTIVES_INDEX_SETTINGS), 'settings');
    })().catch((error) => {
      this.ready = null;
      throw error;
    });
    await this.ready;
    return this.client.index<IndexedDirective>(this.uid);
  }
}
