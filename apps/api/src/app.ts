import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { Settings } from '@plan-ledger/config';
import { AppModule } from './app.module';
import { PlanLedgerErrorFilter } from './common/plan-ledger-error.filter';

/** Builds the api application (used by main.ts and by the end-to-end tests, which listen on a free port). */
export async function createApiApp(settings: Settings, options: { logger?: false } = {}): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(settings), { logger: options.logger });
  app.useGlobalPipes(new ValidationPipe({ transform: true, whitelist: true }));
  app.useGlobalFilters(new PlanLedgerErrorFilter());
  app.enableShutdownHooks();
  const openApi = new DocumentBuilder()
    .setTitle('plan-ledger')
    .setDescription('Vietnamese administrative plans (kế hoạch): documents, directives, deadlines, tracker')
    .setVersion('1')
    // API keys (scripts); the web app's session cookie is the other way in (README, Security).
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An API key: plan-ledger api-key create' })
    .addSecurityRequirements('bearer')
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, openApi));
  return app;
}
