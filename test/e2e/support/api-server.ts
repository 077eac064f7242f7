import { promises as fs } from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { loadSettings } from '@plan-ledger/config';
import { createApiApp } from '../../../apps/api/src/app';
import { ALL_ROLES, client, ensureAccount, type Client, type TestAccount } from './auth';

export interface RunningApi {
  baseUrl: string;
  dataDir: string;
  app: INestApplication;
  /** An account holding every role, and a client that sends its API key. */
  account: TestAccount;
  http: Client;
  close(): Promise<void>;
}

export const makeDataDir = (): Promise<string> => fs.mkdtemp(path.join(os.tmpdir(), 'plan-ledger-e2e-'));

/** The real api on a free port over a data directory (a new temporary one unless given). */
export async function startApi(options: { dataDir?: string; env?: Record<string, string> } = {}): Promise<RunningApi> {
  const dataDir = options.dataDir ?? (await makeDataDir());
  const settings = loadSettings({ PLAN_LEDGER_DATA_DIR: dataDir, PLAN_LEDGER_JOB_BACKOFF_MS: '50', ...options.env });
  const app = await createApiApp(settings, { logger: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const account = await ensureAccount(app, 'e2e', ALL_ROLES);
  return { baseUrl, dataDir, app, account, http: client(baseUrl, account.key), close: () => app.close() };
}

/** Polls until `probe` returns a value other than undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
