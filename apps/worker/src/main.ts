import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { settings as loadSettings } from '@plan-ledger/config';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const settings = loadSettings();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(settings));
  app.enableShutdownHooks();
  const { eventStore, search, jobs } = settings;
  new Logger('plan-ledger-worker').log(
    `consuming jobs (concurrency ${jobs.concurrency}) from Redis; event log: ${eventStore.mode === 'scaled' ? 'EventStoreDB' : 'SQLite'}; search: ${search.mode === 'scaled' ? 'Meilisearch' : 'FTS5 (api)'}`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
