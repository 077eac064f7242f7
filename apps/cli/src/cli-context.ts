import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Settings } from '@plan-ledger/config';
import { IngestionModule, type IngestionOptions } from '@plan-ledger/ingestion';

/** The same wiring as the api, without HTTP; Nest logs only problems, so stdout carries just the command's output. */
export function openContext(settings: Settings, options: IngestionOptions): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(IngestionModule.forRoot(settings, options), { logger: ['error', 'warn'] });
}
