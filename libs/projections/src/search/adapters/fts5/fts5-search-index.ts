import type { Database } from 'better-sqlite3';
import type { DirectiveSearchQuery, DirectiveSearchResult, SearchDirectiveDoc, SearchIndex } from '../../search-index.port';
import { clearSync, deleteDocumentSync, searchSync, upsertDirectivesSync } from './fts5-directive-index';
import { FTS5_SEARCH_SCHEMA_SQL } from './fts5-search.schema';

/** The embedded search index: FTS5 tables in the read-model file. */
export class Fts5SearchIndex implements SearchIndex {
  constructor(private readonly db: Database) {
    for (const sql of FTS5_SEARCH_SCHEMA_SQL) db.exec(sql);
  }

  async upsertDirectives(docs: readonly SearchDirectiveDoc[]): Promise<void> {
    this.db.transaction(() => upsertDirectivesSync(this.db, docs))();
  }

  async deleteDocument(documentId: string): Promise<void> {
    this.db.transaction(() => deleteDocumentSync(this.db, documentId))();
  }

  async search(query: DirectiveSearchQuery): Promise<DirectiveSearchResult> {
    return searchSync(this.db, query);
  }

  async clear(): Promise<void> {
    this.db.transaction(() => clearSync(this.db))();
  }
}
