import { Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ReadModelStore, recurringSeries, seriesOf } from '@plan-ledger/projections';
import { DirectiveIdParams } from '../directives-lifecycle/directive-id.params';
import { READERS, Roles } from '../auth/roles.decorator';
import { SeriesQueryDto } from './citations.dto';

/** The same task across successive plans of one issuer. */
@ApiTags('series')
@Roles(...READERS)
@Controller('api/v1/series')
export class SeriesController {
  constructor(@Inject(ReadModelStore) private readonly readModels: ReadModelStore) {}

  @Get()
  list(@Query() query: SeriesQueryDto) {
    return recurringSeries(this.readModels.db, query);
  }

  @Get(':directiveId')
  of(@Param() { directiveId }: DirectiveIdParams) {
    const series = seriesOf(this.readModels.db, directiveId);
    if (!series) throw new NotFoundException(`no directive ${directiveId}`);
    return series;
  }
}
