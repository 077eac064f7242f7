import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ReadModelStore, SEARCH_INDEX, unitMatchValues, type SearchIndex } from '@plan-ledger/projections';
import { READERS, Roles } from '../auth/roles.decorator';
import { SearchDirectivesDto } from './directives.dto';

@ApiTags('directives')
@Roles(...READERS)
@Controller('api/v1/directives')
export class DirectivesController {
  constructor(
    @Inject(SEARCH_INDEX) private readonly search: SearchIndex,
    @Inject(ReadModelStore) private readonly readModels: ReadModelStore,
  ) {}

  /** A unit id also finds the units merged with it; the units directory is a SQLite read model in every mode. */
  @Get()
  find(@Query() { unit, ...query }: SearchDirectivesDto) {
    return this.search.search({ ...query, ...(unit ? { unit: unitMatchValues(this.readModels.db, unit) } : {}) });
  }
}
