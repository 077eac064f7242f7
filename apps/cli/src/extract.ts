import { Command } from 'commander';
import { EXIT } from './exit-codes';
import { extractCommand } from './extract-command';

/** `npm run extract -- <file> [--json]`: one file's extraction on stdout, logs on stderr; no app, no data folder. */
const program = new Command()
  .name('extract')
  .description('extract one plan (PDF, DOCX or text) and print it')
  .argument('<file>', 'the plan file')
  .option('--json', 'print the vn-plan/1 JSON object', false)
  .exitOverride()
  .action(async (file: string, options: { json: boolean }) => {
    process.exitCode = await extractCommand(file, options);
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  const code = (error as { exitCode?: number }).exitCode;
  process.exitCode = code === 0 ? EXIT.ok : EXIT.usage;
});
