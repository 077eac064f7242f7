import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SETTINGS, type Settings } from '@plan-ledger/config';
import { EVENT_STORE, type EventStore } from '@plan-ledger/event-store';
import { JOB_QUEUE, type JobQueue } from '@plan-ledger/jobs';
import { ProjectionRunner, SEARCH_INDEX, type SearchIndex } from '@plan-ledger/projections';
import { engineHealth } from './engine-health';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(ProjectionRunner) private readonly projections: ProjectionRunner,
    @Inject(SETTINGS) private readonly settings: Settings,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(SEARCH_INDEX) private readonly search: SearchIndex,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
  ) {}

  /** 200 with each engine's mode when all answer; 503 with the same body when one does not. */
  @Get()
  async check() {
    const engines = await engineHealth(this.settings, { events: this.events, search: this.search, jobs: this.jobs });
    const ok = Object.values(engines).every((engine) => engine.ok);
    const body = { status: ok ? 'ok' : 'degraded', readModelsAt: this.projections.position().toString(), engines };
    if (!ok) throw new ServiceUnavailableException(body);
    return body;
  }
}
