import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SEARCH_INDEX, type SearchIndex } from '@plan-ledger/projections';
import { READERS, Roles } from '../auth/roles.decorator';
import { SearchDirectivesDto } from './directives.dto';

@ApiTags('directives')
@Roles(...READERS)
@Controller('api/v1/directives')
export class DirectivesController {
  constructor(@Inject(SEARCH_INDEX) private readonly search: SearchIndex) {}

  @Get()
  find(@Query() query: SearchDirectivesDto) {
    return this.search.search(query);
  }
}
