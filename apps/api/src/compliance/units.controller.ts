import { Body, Controller, Get, Header, HttpCode, Inject, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '@plan-ledger/domain';
import { MergeUnits, RenameUnit } from '@plan-ledger/ingestion';
import { findUnit, ReadModelStore, unitDirectory } from '@plan-ledger/projections';
import { Roles } from '../auth/roles.decorator';
import { RequestCommandContext } from '../directives-lifecycle/command-context.decorator';
import { DeadlinesQueryDto } from './compliance.dto';
import { ComplianceReportsService } from './compliance-reports.service';
import { MergeUnitDto, RenameUnitDto, UnitsQueryDto } from './units.dto';

/** The units directory. Unit ids contain a slash ("issuer/unit"): send them URL-encoded (%2F). */
@ApiTags('units')
@Roles('analyst', 'admin')
@Controller('api/v1/units')
export class UnitsController {
  constructor(
    @Inject(ReadModelStore) private readonly readModels: ReadModelStore,
    private readonly commands: CommandBus,
    private readonly reports: ComplianceReportsService,
  ) {}

  @Get()
  list(@Query() query: UnitsQueryDto) {
    return unitDirectory(this.readModels.db, query);
  }

  @Get(':id')
  get(@Param('id') unitId: string) {
    return findUnit(this.readModels.db, unitId) ?? notFound(unitId);
  }

  /** An iCalendar feed of the unit's overdue and upcoming deadlines (a year ahead unless `within` says otherwise). */
  @Get(':id/deadlines.ics')
  @Roles('analyst')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  calendar(@Param('id') unitId: string, @Query() query: DeadlinesQueryDto) {
    return this.reports.ics(unitId, query) ?? notFound(unitId);
  }

  @Post(':id/merge') @Roles('admin') @HttpCode(200)
  merge(@Param('id') unitId: string, @Body() body: MergeUnitDto, @RequestCommandContext() ctx: CommandContext) {
    return this.commands.execute(new MergeUnits({ unitId, ...body }, ctx));
  }

  @Post(':id/rename') @Roles('admin') @HttpCode(200)
  rename(@Param('id') unitId: string, @Body() body: RenameUnitDto, @RequestCommandContext() ctx: CommandContext) {
    return this.commands.execute(new RenameUnit({ unitId, ...body }, ctx));
  }
}

const notFound = (unitId: string): never => {
  throw new NotFoundException(`no unit ${unitId}`);
};
