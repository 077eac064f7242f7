import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadSettings } from '@plan-ledger/config';
import type { Actor } from '@plan-ledger/domain';
import { DocumentIntake, IngestionModule, type IncomingFile, type Receipt } from '@plan-ledger/ingestion';
import { ProjectionRunner } from '@plan-ledger/projections';

const BENCH_ACTOR: Actor = { user: 'bench', role: 'archivist' };

export interface Pipeline {
  receive(file: IncomingFile): Promise<Receipt>;
  /** Waits for every queued job and brings the read models up to date, as `plan-ledger ingest` does. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/** The embedded pipeline exactly as api and cli wire it (IngestionModule), on a data directory of its own. */
export async function openPipeline(dataDir: string): Promise<Pipeline> {
  const settings = loadSettings({ PLAN_LEDGER_DATA_DIR: dataDir });
  const app: INestApplicationContext = await NestFactory.createApplicationContext(
    IngestionModule.forRoot(settings, { runJobs: true, runProjections: false }),
    { logger: ['error', 'warn'] },
  );
  await app.init();
  const intake = app.get(DocumentIntake);
  return {
    receive: async (file) => (await intake.receive([file], BENCH_ACTOR))[0],
    settle: async () => {
      await app.get(IngestionModule).settled();
      await app.get(ProjectionRunner).runOnce();
    },
    close: () => app.close(),
  };
}
