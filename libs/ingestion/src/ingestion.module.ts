import { DynamicModule, Inject, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CommandBus, CqrsModule } from '@nestjs/cqrs';
import { SETTINGS, type Settings } from '@plan-ledger/config';
import { SYSTEM_ACTOR, type CommandContext } from '@plan-ledger/domain';
import { EVENT_STORE, type EventStore, type Subscription } from '@plan-ledger/event-store';
import { FILE_STORE, type FileStore } from '@plan-ledger/files';
import { JOB_QUEUE, type JobQueue } from '@plan-ledger/jobs';
import { ProjectionRunner, ReadModelStore, SEARCH_INDEX } from '@plan-ledger/projections';
import { DOCUMENT_COMMAND_HANDLERS } from './commands';
import { DIRECTIVE_PROVIDERS, PlanParsedProcessManager } from './directives';
import { portProviders, readModelProviders } from './ingestion.providers';
import { extractTextJob } from './jobs/extract-text.job';
import { parsePlanJob } from './jobs/parse-plan.job';
import { DocumentIntake } from './pipeline/document-intake';
import { EXTRACT_TEXT_JOB, PARSE_PLAN_JOB } from './pipeline/ingestion-jobs';
import { resumeUnfinished } from './pipeline/resume-unfinished';
import { sweepOrphanFiles } from './pipeline/sweep-orphan-files';

/** When this process started: the orphan sweep leaves younger files alone. */
const PROCESS_STARTED_AT = new Date(Date.now() - process.uptime() * 1000);

export interface IngestionOptions {
  /** Run the ingestion jobs in this process (embedded default: yes; the CLI's `rebuild`: no). */
  runJobs: boolean;
  /** Keep the read models up to date in the background from start-up. */
  runProjections: boolean;
}

const OPTIONS = Symbol('INGESTION_OPTIONS');

/** A job's command context: the system acts, and the document id correlates everything done for one document. */
const systemContext = (documentId: string): CommandContext => ({
  now: new Date().toISOString(),
  actor: SYSTEM_ACTOR,
  correlationId: documentId,
  causationId: null,
});

/**
 * Everything api, worker and cli share: ports bound from Settings, the document command handlers, the intake,
 * the jobs, and the read models with their runner. On boot it starts what `options` asks for and re-queues the
 * documents a previous run left unfinished; on shutdown it closes in reverse order.
 */
@Module({})
export class IngestionModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(IngestionModule.name);
  private assignments: Subscription | null = null;

  static forRoot(settings: Settings, options: IngestionOptions): DynamicModule {
    return {
      module: IngestionModule,
      global: true,
      imports: [CqrsModule.forRoot()],
      providers: [
        ...portProviders(settings),
        ...readModelProviders(settings),
        ...DOCUMENT_COMMAND_HANDLERS,
        ...DIRECTIVE_PROVIDERS,
        { provide: OPTIONS, useValue: options },
        {
          provide: DocumentIntake,
          useFactory: (commands: CommandBus, events: EventStore, files: FileStore, jobs: JobQueue) =>
            new DocumentIntake(commands, events, files, jobs, settings.limits),
          inject: [CommandBus, EVENT_STORE, FILE_STORE, JOB_QUEUE],
        },
      ],
      exports: [SETTINGS, EVENT_STORE, FILE_STORE, JOB_QUEUE, SEARCH_INDEX, DocumentIntake, ReadModelStore, ProjectionRunner],
    };
  }

  constructor(
    @Inject(OPTIONS) private readonly options: IngestionOptions,
    @Inject(SETTINGS) private readonly settings: Settings,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(FILE_STORE) private readonly files: FileStore,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(ProjectionRunner) private readonly projections: ProjectionRunner,
    @Inject(ReadModelStore) private readonly readModels: ReadModelStore,
    @Inject(PlanParsedProcessManager) private readonly planParsed: PlanParsedProcessManager,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.runProjections) await this.projections.start().caughtUp;
    if (!this.options.runJobs) return;
    const { concurrency } = this.settings.jobs;
    const limits = this.settings.limits;
    this.jobs.process(
      EXTRACT_TEXT_JOB,
      extractTextJob({
        events: this.events,
        files: this.files,
        commands: this.commands,
        jobs: this.jobs,
        read: {
          limits: { maxBytes: limits.maxUploadBytes, maxPages: limits.maxPages, maxUnpackedBytes: limits.maxUnpackedBytes, timeoutMs: limits.textTimeoutMs },
        },
        context: systemContext,
      }),
      { concurrency },
    );
    this.jobs.process(PARSE_PLAN_JOB, parsePlanJob({ events: this.events, files: this.files, commands: this.commands, context: systemContext }), {
      concurrency,
    });
    // PlanParsed -> DirectiveAssigned / UnitRecognised; idempotent, so it simply follows the log from the start.
    this.assignments = this.planParsed.start({
      onError: (error) => this.logger.error(`directive assignment stopped: ${String(error)}`),
    });
    // With Bull (scaled), workers start and stop while others upload: only the embedded default sweeps.
    const swept = this.settings.jobQueue.mode === 'embedded' ? await sweepOrphanFiles(this.events, this.files, PROCESS_STARTED_AT) : [];
    if (swept.length > 0) this.logger.log(`removed ${swept.length} stored file(s) no event refers to (left by an interrupted upload)`);
    const resumed = await resumeUnfinished(this.events, this.jobs);
    if (resumed.length > 0) this.logger.log(`resumed ${resumed.length} unfinished document(s)`);
  }

  /** Resolves once every queued job has run and its plans' directives are assigned (the CLI waits for this). */
  async settled(): Promise<void> {
    await this.jobs.idle();
    await this.assignments?.caughtUp();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.jobs.close();
    await this.assignments?.stop();
    await this.projections.stop();
    await this.events.close();
    this.readModels.close();
  }
}
