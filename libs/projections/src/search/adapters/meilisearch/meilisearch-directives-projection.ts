import type { PlanParsedData } from '@plan-ledger/domain';
import type { EventStore, StoredEvent, Subscription } from '@plan-ledger/event-store';
import { DIRECTIVE_LIFECYCLE_TYPES, directiveRowsOf, evolveDirectiveStatus, searchDocOf } from '../../../directives/directives.projection';
import { MeilisearchCheckpoints } from './meilisearch-checkpoints';
import type { MeilisearchSearchIndex } from './meilisearch-search-index';

const NAME = 'directives-search';
const PAGE = 1000;

/**
 * Keeps the Meilisearch directives index in step with the log (scaled mode; the worker runs it). The same pure
 * functions as the SQLite directives projection decide what a directive's search document is; status survives a
 * re-parse by being read back from the index. It follows a catch-up subscription from its own checkpoint, saved
 * after each event it applied; every write is an idempotent upsert or delete by id.
 */
export class MeilisearchDirectivesProjection {
  private readonly checkpoints: MeilisearchCheckpoints;

  constructor(
    private readonly events: EventStore,
    private readonly index: MeilisearchSearchIndex,
    indexPrefix = '',
  ) {
    this.checkpoints = new MeilisearchCheckpoints(index.client, indexPrefix);
  }

  /** True for the events that change the index. */
  handles(event: StoredEvent): boolean {
    return event.type === 'PlanParsed' || DIRECTIVE_LIFECYCLE_TYPES.has(event.type);
  }

  async apply(event: StoredEvent): Promise<void> {
    if (event.type === 'PlanParsed') {
      const { documentId } = event.data as PlanParsedData;
      const statuses = await this.index.statusesOf(documentId);
      await this.index.deleteDocument(documentId);
      await this.index.upsertDirectives(directiveRowsOf(event).map((row) => searchDocOf(row, statuses.get(row.id) ?? 'open')));
      return;
    }
    if (!DIRECTIVE_LIFECYCLE_TYPES.has(event.type)) return;
    const doc = await this.index.get((event.data as { directiveId: string }).directiveId);
    // A directive that a later parse dropped is no longer searchable; its lifecycle changes nothing here.
    if (!doc) return;
    const next = evolveDirectiveStatus({ directive_id: doc.id, status: doc.status, completed_on: null, updated_at: '' }, event);
    if (next.status !== doc.status) await this.index.upsertDirectives([{ ...doc, status: next.status }]);
  }

  /** Follows the log from the saved checkpoint. */
  async start(onError?: (error: unknown) => void): Promise<Subscription> {
    const after = await this.checkpoints.get(NAME);
    return this.events.subscribeToAll({
      after,
      onEvent: async (event) => {
        if (!this.handles(event)) return;
        await this.apply(event);
        await this.checkpoints.save(NAME, event.position);
      },
      onError,
    });
  }

  /** Drops the index and replays the whole log into a new one; returns the events applied. */
  async rebuild(): Promise<number> {
    await this.index.dropIndex();
    await this.checkpoints.save(NAME, 0n);
    let applied = 0;
    let after = 0n;
    for (;;) {
      const page = await this.events.readAll({ after, maxCount: PAGE });
      for (const event of page.filter((e) => this.handles(e))) {
        await this.apply(event);
        applied += 1;
      }
      if (page.length === 0) return applied;
      after = page[page.length - 1].position;
      await this.checkpoints.save(NAME, after);
      if (page.length < PAGE) return applied;
    }
  }
}
