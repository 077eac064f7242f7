import * as path from 'node:path';
import { isPlanLedgerError } from '@plan-ledger/domain';
import { planTextFromFile } from '@plan-ledger/documents';
import { extractPlan, toSpecJson } from '@plan-ledger/extraction';
import { exitCodeOf, EXIT } from './exit-codes';

export interface ExtractOptions {
  /** Print the spec's `vn-plan/1` JSON; otherwise a short human summary. */
  json: boolean;
}

export interface ExtractOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processOutput: ExtractOutput = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/**
 * `extract <file>`: reads one file and prints its extraction, without the data folder or the Nest app.
 * A refused file gives its typed reason ("DOCUMENT.ENCRYPTED: …") on stderr and a non-zero exit code.
 */
export async function extractCommand(file: string, options: ExtractOptions, out: ExtractOutput = processOutput): Promise<number> {
  try {
    const started = Date.now();
    const planText = await planTextFromFile(file);
    const extraction = extractPlan(planText, { source: path.basename(file) });
    if (options.json) {
      out.stdout(`${JSON.stringify(toSpecJson(extraction), null, 2)}\n`);
    } else {
      const { document: d, directives } = extraction;
      out.stdout(`${d.kind} ${d.number ?? '(no number)'} ${d.issuer ?? ''}: ${d.title ?? ''}\n`);
      out.stdout(`${directives.length} directives, ${directives.filter((x) => x.deadline).length} with a deadline\n`);
    }
    out.stderr(`extracted ${path.basename(file)} in ${Date.now() - started} ms (${planText.source})\n`);
    return EXIT.ok;
  } catch (error) {
    const reason = isPlanLedgerError(error) ? `${error.code}: ${error.message}` : String(error instanceof Error ? error.stack : error);
    out.stderr(`extract: ${reason}\n`);
    return exitCodeOf(error);
  }
}
