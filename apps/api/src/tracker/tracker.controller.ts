import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ReadModelStore, tracker } from '@plan-ledger/projections';
import { READERS, Roles } from '../auth/roles.decorator';
import { TrackerDto } from './tracker.dto';

const today = (): string => new Date().toISOString().slice(0, 10);

@ApiTags('tracker')
@Roles(...READERS)
@Controller('api/v1/tracker')
export class TrackerController {
  constructor(@Inject(ReadModelStore) private readonly readModels: ReadModelStore) {}

  @Get()
  list(@Query() { asOf, ...query }: TrackerDto) {
    return tracker(this.readModels.db, { ...query, asOf: asOf ?? today() });
  }
}
