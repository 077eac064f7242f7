import { readFile, stat } from 'node:fs/promises';
import type { PlanText } from '@plan-ledger/extraction';
import { PlanLedgerError } from '@plan-ledger/domain';
import { assertWithinMaxBytes, resolveLimits } from './document-limits';
import { readPlanText, type ReadPlanTextOptions } from './read-plan-text';

/** For the CLI: reads a file, its size checked before it is loaded, and returns its PlanText. */
export async function planTextFromFile(path: string, options: ReadPlanTextOptions = {}): Promise<PlanText> {
  const size = await stat(path).then(
    (found) => found.size,
    () => {
      throw new PlanLedgerError('DOCUMENT.NOT_FOUND', `no such file: ${path}`);
    },
  );
  assertWithinMaxBytes(size, resolveLimits(options.limits).maxBytes);
  return readPlanText(await readFile(path), options);
}
