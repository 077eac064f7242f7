import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../../..');
/** Shared fixtures live beside the repository unless PLAN_LEDGER_SHARED_DIR says otherwise. */
export const sharedDir = process.env.PLAN_LEDGER_SHARED_DIR ?? path.resolve(repoRoot, '../shared');
export const fixtures = (...parts: string[]): string => path.join(sharedDir, 'fixtures', ...parts);
