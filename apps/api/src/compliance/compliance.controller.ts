import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator';
import { CsvExportQueryDto, ComplianceQueryDto, DeadlinesQueryDto } from './compliance.dto';
import { ComplianceReportsService } from './compliance-reports.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('compliance')
@Roles('analyst')
@Controller('api/v1/compliance')
export class ComplianceController {
  constructor(private readonly reports: ComplianceReportsService) {}

  /** Per unit, issuer and year: done on time, done late, open within deadline, overdue (and beside them: no deadline, cancelled). */
  @Get()
  report(@Query() query: ComplianceQueryDto) {
    return this.reports.report(query);
  }

  /** Upcoming deadlines within a window (`within=30d`) and overdue work, as of a date. */
  @Get('deadlines')
  deadlines(@Query() query: DeadlinesQueryDto) {
    return this.reports.deadlines(query);
  }

  @Get('export.xlsx')
  @Header('Content-Type', XLSX)
  @Header('Content-Disposition', 'attachment; filename="tuan-thu.xlsx"')
  async xlsx(@Query() query: DeadlinesQueryDto) {
    return new StreamableFile(await this.reports.xlsx(query));
  }

  @Get('export.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="tuan-thu.csv"')
  csv(@Query() query: CsvExportQueryDto) {
    return this.reports.csv(query);
  }
}
