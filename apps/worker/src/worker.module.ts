import { DynamicModule, Inject, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Settings } from '@plan-ledger/config';
import { PlanLedgerError } from '@plan-ledger/domain';
import { EVENT_STORE, type EventStore, type Subscription } from '@plan-ledger/event-store';
import { IngestionModule } from '@plan-ledger/ingestion';
import { MeilisearchDirectivesProjection, MeilisearchSearchIndex, SEARCH_INDEX, type SearchIndex } from '@plan-ledger/projections';

/**
 * The scaled worker (DESIGN): consumes the ingestion jobs (text extraction with its OCR fallback, parsing) from the
 * shared Bull queues, turns parsed plans into directive assignments, and, when search is on Meilisearch, keeps that
 * index in step with the log. The SQLite read models stay with the api.
 */
@Module({})
export class WorkerModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Worker');
  private searchProjection: Subscription | null = null;

  static forRoot(settings: Settings): DynamicModule {
    if (settings.jobQueue.mode !== 'scaled') {
      throw new PlanLedgerError(
        'CONFIG.INVALID',
        'REDIS_URL is not set: the worker takes its jobs from the shared Redis queue (without it the api runs jobs itself)',
        { variable: 'REDIS_URL' },
      );
    }
    return { module: WorkerModule, imports: [IngestionModule.forRoot(settings, { runJobs: true, runProjections: false })] };
  }

  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(SEARCH_INDEX) private readonly search: SearchIndex,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!(this.search instanceof MeilisearchSearchIndex)) return;
    this.searchProjection = await new MeilisearchDirectivesProjection(this.events, this.search).start((error) =>
      this.logger.error(`Meilisearch projection stopped: ${String(error)}`),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.searchProjection?.stop();
  }
}
