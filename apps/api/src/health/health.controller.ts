import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { SETTINGS, type Settings } from '@plan-ledger/config';
import { EVENT_STORE, type EventStore } from '@plan-ledger/event-store';
import { JOB_QUEUE, type JobQueue } from '@plan-ledger/jobs';
import { ProjectionRunner, SEARCH_INDEX, type SearchIndex } from '@plan-ledger/projections';
import { Public } from '../auth/roles.decorator';
import { engineHealth } from './engine-health';

@ApiTags('health')
@Public()
@SkipThrottle()
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
  async check(@Res({ passthrough: true }) response: Response) {
    const engines = await engineHealth(this.settings, { events: this.events, search: this.search, jobs: this.jobs });
    const ok = Object.values(engines).every((engine) => engine.ok);
    const body = { status: ok ? 'ok' : 'degraded', readModelsAt: this.projections.position().toString(), engines };
    response.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return body;
  }
}
