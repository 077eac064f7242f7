import { Inject, Injectable } from '@nestjs/common';
import { vietnamDate } from '@plan-ledger/domain';
import { complianceDetailTable, complianceSummaryTable, deadlinesTable, toCsv, toIcs, toXlsx, type Table } from '@plan-ledger/exports';
import { complianceReport, deadlineList, findUnit, ReadModelStore, type ComplianceReport, type DeadlineList } from '@plan-ledger/projections';
import type { ComplianceQueryDto, CsvTable, DeadlinesQueryDto } from './compliance.dto';

const DEFAULT_WINDOW_DAYS = 30;

/** Reads the compliance read model at the edge, where "today" is known (in Vietnam), and renders the exports. */
@Injectable()
export class ComplianceReportsService {
  constructor(@Inject(ReadModelStore) private readonly readModels: ReadModelStore) {}

  report({ asOf, ...query }: ComplianceQueryDto): ComplianceReport {
    return complianceReport(this.readModels.db, { ...query, asOf: asOf ?? today() });
  }

  deadlines({ asOf, within, ...query }: DeadlinesQueryDto): DeadlineList {
    return deadlineList(this.readModels.db, { ...query, asOf: asOf ?? today(), within: within ?? DEFAULT_WINDOW_DAYS });
  }

  xlsx(query: DeadlinesQueryDto): Promise<Buffer> {
    const report = this.report(query);
    return toXlsx(this.tables(report, this.deadlines(query)), { created: new Date().toISOString() });
  }

  csv(query: DeadlinesQueryDto & { table?: CsvTable }): string {
    const report = this.report(query);
    const tables = this.tables(report, this.deadlines(query));
    return toCsv(tables[['summary', 'detail', 'upcoming', 'overdue'].indexOf(query.table ?? 'summary')]);
  }

  /** One unit's deadlines (overdue and upcoming) as an iCalendar feed; null for a unit the directory does not know. */
  ics(unitId: string, query: DeadlinesQueryDto): string | null {
    const unit = findUnit(this.readModels.db, unitId);
    if (!unit) return null;
    const list = this.deadlines({ ...query, unit: unit.unitId, within: query.within ?? 366 });
    return toIcs({ name: unit.name, generatedAt: new Date().toISOString(), items: [...list.overdue, ...list.upcoming] });
  }

  private tables(report: ComplianceReport, deadlines: DeadlineList): Table[] {
    return [
      complianceSummaryTable(report),
      complianceDetailTable(report),
      deadlinesTable('Hạn sắp tới', deadlines.upcoming),
      deadlinesTable('Quá hạn', deadlines.overdue),
    ];
  }
}

const today = (): string => vietnamDate(new Date().toISOString());
