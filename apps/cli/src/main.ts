import 'reflect-metadata';
import { Command } from 'commander';
import { settings } from '@plan-ledger/config';
import { collectFiles } from './collect-files';
import { exitCodeOf } from './exit-codes';
import { extractCommand } from './extract-command';
import { ingestCommand } from './ingest-command';
import { complianceCommand, type ComplianceOptions } from './compliance-command';
import { migrateCommand, type MigrateOptions } from './migrate-command';
import { rebuildCommand } from './rebuild-command';
import { addUserCommands } from './users-command';

/** `plan-ledger`: the operator's command line over the same wiring as the api (embedded default, PLAN_LEDGER_DATA_DIR). */
const program = new Command()
  .name('plan-ledger')
  .description('Vietnamese administrative plans (kế hoạch): ingest, extract, rebuild')
  .showHelpAfterError();

program
  .command('ingest')
  .description('ingest files and folders (recursively) into the data directory; waits until every file is processed')
  .argument('<paths...>', 'files or folders')
  .action(async (paths: string[]) => {
    process.exitCode = await ingestCommand(await collectFiles(paths), settings());
  });

program
  .command('extract')
  .description('read one file and print its extraction, without touching the data directory')
  .argument('<file>', 'a PDF, DOCX or UTF-8 text file')
  .option('--json', "print the spec's vn-plan/1 JSON", false)
  .action(async (file: string, options: { json: boolean }) => {
    process.exitCode = await extractCommand(file, options);
  });

program
  .command('rebuild')
  .description('drop the read models and replay the event log into them')
  .action(async () => {
    process.exitCode = await rebuildCommand(settings());
  });

program
  .command('migrate')
  .description('copy the embedded event log into the EventStoreDB at EVENTSTORE_URL, then rebuild the read models (resumable)')
  .option('--from <file>', 'the embedded event log (default: events.sqlite in PLAN_LEDGER_DATA_DIR)')
  .action(async (options: MigrateOptions) => {
    process.exitCode = await migrateCommand(settings(), options);
  });

program
  .command('compliance')
  .description('per unit: done on time, done late, open within deadline, overdue (and no deadline, cancelled) as of a date')
  .requiredOption('--as-of <date>', 'the date T (YYYY-MM-DD): facts effective on or before T')
  .option('--year <year>', 'the year the plans are for')
  .option('--issuer <issuer>', 'the issuing body (compared without case or diacritics)')
  .option('--unit <unitId>', 'a canonical unit id (plan-ledger units, or GET /api/v1/units)')
  .option('--known-before <date|instant>', 'only facts recorded before then (a date D: by the end of D); --known-before T prints the report as it stood on T')
  .option('--json', 'print the report as JSON, with the directives behind every number', false)
  .option('--out <file>', 'write the report to a .csv or .xlsx file')
  .action(async (options: ComplianceOptions) => {
    process.exitCode = await complianceCommand(options, settings());
  });

addUserCommands(program, settings);

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`plan-ledger: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = exitCodeOf(error);
});
