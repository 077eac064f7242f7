import * as path from 'node:path';
import { Logger, type Provider } from '@nestjs/common';
import { SETTINGS, type Settings } from '@plan-ledger/config';
import { EVENT_STORE, SqliteEventStore, type EventStore } from '@plan-ledger/event-store';
import { FILE_STORE, LocalFileStore } from '@plan-ledger/files';
import { InProcessJobQueue, JOB_QUEUE, type JobQueue } from '@plan-ledger/jobs';
import {
  Fts5SearchIndex,
  MeilisearchSearchIndex,
  ProjectionRunner,
  READ_MODEL_PROJECTIONS,
  ReadModelStore,
  SEARCH_INDEX,
} from '@plan-ledger/projections';
import { withCrashPoint } from './pipeline/crash-point';

/**
 * The one place ports are bound to adapters from Settings (STYLE 12); api, worker and cli all compose these.
 * Each port is embedded unless its variable is set: EVENTSTORE_URL (EventStoreDB), REDIS_URL (Bull), MEILI_URL
 * (Meilisearch, in readModelProviders). A scaled adapter is imported only when its variable is set, so the embedded
 * default never loads the gRPC client of EventStoreDB nor bull and ioredis.
 */
export function portProviders(settings: Settings): Provider[] {
  return [
    { provide: SETTINGS, useValue: settings },
    { provide: EVENT_STORE, useFactory: () => openEventStore(settings) },
    { provide: FILE_STORE, useFactory: () => new LocalFileStore(path.join(settings.dataDir, 'files')) },
    { provide: JOB_QUEUE, useFactory: () => openJobQueue(settings) },
  ];
}

async function openEventStore(settings: Settings): Promise<EventStore> {
  const store =
    settings.eventStore.mode === 'scaled'
      ? new (await import('@plan-ledger/event-store/eventstoredb')).EventStoreDbEventStore(settings.eventStore.url)
      : new SqliteEventStore(path.join(settings.dataDir, 'events.sqlite'));
  return settings.crashAfter ? withCrashPoint(store, settings.crashAfter) : store;
}

async function openJobQueue(settings: Settings): Promise<JobQueue> {
  const logger = new Logger('JobQueue');
  const { attempts, backoffMs, lockMs } = settings.jobs;
  const onGiveUp = (job: { name: string; id: string }, error: unknown) =>
    logger.error(`job ${job.name} ${job.id} gave up after ${attempts} attempts: ${String(error)}`);
  return settings.jobQueue.mode === 'scaled'
    ? new (await import('@plan-ledger/jobs/bull')).BullJobQueue({ attempts, backoffMs, lockMs, redisUrl: settings.jobQueue.url, onGiveUp, onError: (error) => logger.error(`Redis: ${String(error)}`) })
    : new InProcessJobQueue({ attempts, backoffMs }, onGiveUp);
}

/** The SQLite read models and the runner that feeds them (the api process owns them in both modes, DESIGN). */
export function readModelProviders(settings: Settings): Provider[] {
  return [
    { provide: ReadModelStore, useFactory: () => new ReadModelStore(path.join(settings.dataDir, 'read-models.sqlite')) },
    {
      provide: SEARCH_INDEX,
      useFactory: (store: ReadModelStore) =>
        settings.search.mode === 'scaled'
          ? new MeilisearchSearchIndex({ url: settings.search.url, masterKey: settings.search.masterKey })
          : new Fts5SearchIndex(store.db),
      inject: [ReadModelStore],
    },
    {
      provide: ProjectionRunner,
      useFactory: (events: EventStore, store: ReadModelStore) => {
        const logger = new Logger('ProjectionRunner');
        return new ProjectionRunner(events, store, READ_MODEL_PROJECTIONS, { onError: (error) => logger.error(String(error)) });
      },
      inject: [EVENT_STORE, ReadModelStore],
    },
  ];
}
