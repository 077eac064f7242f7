import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/** shared/ sits beside the repository here and in CI; PLAN_LEDGER_SHARED_DIR points elsewhere when it does not. */
const sharedDir = process.env.PLAN_LEDGER_SHARED_DIR ?? path.resolve(__dirname, '../../../../../shared');

export const fixturePath = (...parts: string[]): string => path.join(sharedDir, 'fixtures', ...parts);
export const readFixture = (...parts: string[]): Buffer => readFileSync(fixturePath(...parts));
