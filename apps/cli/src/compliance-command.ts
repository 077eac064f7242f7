import { writeFile } from 'node:fs/promises';
import type { Settings } from '@plan-ledger/config';
import { PlanLedgerError, TRACKED_STATUSES } from '@plan-ledger/domain';
import { complianceDetailTable, complianceSummaryTable, NO_UNIT_LABEL, STATUS_LABELS, toCsv, toXlsx } from '@plan-ledger/exports';
import { PlanParsedProcessManager } from '@plan-ledger/ingestion';
import { complianceReport, ProjectionRunner, ReadModelStore, type ComplianceReport } from '@plan-ledger/projections';
import { openContext } from './cli-context';
import { EXIT } from './exit-codes';

export interface ComplianceOptions {
  year?: string;
  issuer?: string;
  unit?: string;
  /** Effective date T (YYYY-MM-DD). */
  asOf: string;
  /** Recording cut-off (a date D: recorded by the end of D; or an ISO instant). Without it, everything recorded counts. */
  knownBefore?: string;
  json?: boolean;
  /** Write the report to a .csv or .xlsx file instead of printing it. */
  out?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `plan-ledger compliance --year 2022 --as-of 2022-07-01`: brings directive assignments and read models up to date,
 * then prints the four buckets per unit (and the two beside them), as JSON, or into a CSV/XLSX file.
 */
export async function complianceCommand(options: ComplianceOptions, settings: Settings, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  if (!ISO_DATE.test(options.asOf)) throw new PlanLedgerError('COMMAND.INVALID', `--as-of must be a date as YYYY-MM-DD, got ${options.asOf}`);
  if (options.year !== undefined && !/^\d{4}$/.test(options.year)) throw new PlanLedgerError('COMMAND.INVALID', `--year must be a year, got ${options.year}`);
  if (options.knownBefore !== undefined && Number.isNaN(Date.parse(options.knownBefore))) {
    throw new PlanLedgerError('COMMAND.INVALID', `--known-before must be a date or an ISO instant, got ${options.knownBefore}`);
  }
  const app = await openContext(settings, { runJobs: false, runProjections: false });
  try {
    await app.get(PlanParsedProcessManager, { strict: false }).catchUp();
    await app.get(ProjectionRunner).runOnce();
    const report = complianceReport(app.get(ReadModelStore).db, {
      year: options.year === undefined ? undefined : Number(options.year),
      issuer: options.issuer,
      unit: options.unit,
      asOf: options.asOf,
      knownBefore: options.knownBefore,
    });
    if (options.out) await writeReport(options.out, report);
    else out.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : summaryText(report));
    return EXIT.ok;
  } finally {
    await app.close();
  }
}

async function writeReport(file: string, report: ComplianceReport): Promise<void> {
  const tables = [complianceSummaryTable(report), complianceDetailTable(report)];
  if (file.endsWith('.xlsx')) return writeFile(file, await toXlsx(tables, { created: new Date().toISOString() }));
  if (file.endsWith('.csv')) return writeFile(file, toCsv(tables[0]), 'utf8');
  throw new PlanLedgerError('COMMAND.INVALID', `--out must end in .csv or .xlsx, got ${file}`);
}

/** One line per unit: the four buckets, then what is counted beside them. */
function summaryText(report: ComplianceReport): string {
  const header = `Tuân thủ tính đến ngày ${report.asOf}${report.knownBefore ? ` (theo dữ liệu ghi nhận trước ${report.knownBefore})` : ''}`;
  const lines = report.rows.map((r) => {
    const counts = TRACKED_STATUSES.map((s) => `${STATUS_LABELS[s]}: ${r.counts[s]}`).join(' | ');
    return `${r.name ?? NO_UNIT_LABEL} — ${r.issuer ?? '?'} ${r.year ?? ''}\n  ${counts}`;
  });
  const totals = TRACKED_STATUSES.map((s) => `${STATUS_LABELS[s]}: ${report.totals[s]}`).join(' | ');
  return `${[header, ...lines, `Tổng: ${totals}`].join('\n')}\n`;
}
