import { DynamicModule, Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import type { Settings } from '@plan-ledger/config';
import { IngestionModule } from '@plan-ledger/ingestion';
import { AuthModule } from './auth/auth.module';
import { DirectivesController } from './directives/directives.controller';
import { DocumentsController } from './documents/documents.controller';
import { DocumentsService } from './documents/documents.service';
import { HealthController } from './health/health.controller';
import { TrackerController } from './tracker/tracker.controller';
import { WebModule } from './web/web.module';
import { COMPLIANCE_CONTROLLERS, COMPLIANCE_PROVIDERS } from './compliance';

/** The embedded api: HTTP routes over the shared ingestion wiring, with jobs and projections in this process. */
@Module({})
export class AppModule {
  static forRoot(settings: Settings): DynamicModule {
    return {
      module: AppModule,
      imports: [
        // With REDIS_URL set the worker runs the jobs (DESIGN); the api only queues them.
        IngestionModule.forRoot(settings, { runJobs: settings.jobQueue.mode === 'embedded', runProjections: true }),
        AuthModule.forRoot(settings),
        WebModule,
        MulterModule.register({
          // Keep the name exactly as sent (busboy would cut it at the last slash and read it as latin1): it is data only.
          preservePath: true,
          defParamCharset: 'utf8',
          limits: { fileSize: settings.limits.maxUploadBytes, files: settings.limits.maxFilesPerUpload, fields: 20, parts: settings.limits.maxFilesPerUpload + 20 },
        }),
      ],
      controllers: [DocumentsController, DirectivesController, TrackerController, HealthController, ...COMPLIANCE_CONTROLLERS],
      providers: [DocumentsService, ...COMPLIANCE_PROVIDERS],
    };
  }
}
