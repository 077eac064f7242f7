import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { PlanLedgerError } from '@plan-ledger/domain';

/** The files named, and every file under the folders named (recursively, hidden entries skipped), each once, in order. */
export async function collectFiles(paths: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  const visit = async (entry: string, named: boolean): Promise<void> => {
    if (!named && path.basename(entry).startsWith('.')) return;
    const stat = await fs.stat(entry).catch(() => {
      throw new PlanLedgerError('DOCUMENT.NOT_FOUND', `no such file or folder: ${entry}`);
    });
    if (stat.isFile()) {
      found.add(path.resolve(entry));
      return;
    }
    if (!stat.isDirectory()) return;
    const children = (await fs.readdir(entry)).sort();
    for (const child of children) await visit(path.join(entry, child), false);
  };
  for (const entry of paths) await visit(entry, true);
  return [...found];
}
