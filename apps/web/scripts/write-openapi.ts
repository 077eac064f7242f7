/**
 * Writes the API's OpenAPI document (as the running API serves it at /docs-json) to apps/web/openapi.json, from
 * which openapi-typescript generates src/api/openapi.d.ts: the web app is type-checked against the real API.
 * Usage: node -r ./tools/register-ts.js apps/web/scripts/write-openapi.ts
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadSettings } from '@plan-ledger/config';
import { createApiApp } from '../../api/src/app';

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'plan-ledger-openapi-'));
  const app = await createApiApp(loadSettings({ PLAN_LEDGER_DATA_DIR: dataDir }), { logger: false });
  try {
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/docs-json`);
    if (!res.ok) throw new Error(`GET /docs-json: ${res.status}`);
    await writeFile(path.join(__dirname, '..', 'openapi.json'), `${JSON.stringify(await res.json(), null, 2)}\n`);
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
