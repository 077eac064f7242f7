import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { SYSTEM_ACTOR } from '@plan-ledger/domain';
import { Accounts } from '../../../apps/api/src/auth/accounts';

export type Role = 'archivist' | 'officer' | 'analyst' | 'admin';
export const ALL_ROLES: Role[] = ['archivist', 'officer', 'analyst', 'admin'];

/** A supertest agent that sends `Authorization: Bearer <key>` with every request. */
export type Client = ReturnType<typeof request.agent>;

export const client = (baseUrl: string, key: string): Client => request.agent(baseUrl).set('Authorization', `Bearer ${key}`);

/** The admin key the api wrote on its first start over this data directory (README, Security). */
export const bootstrapKey = async (dataDir: string): Promise<string> => (await fs.readFile(path.join(dataDir, 'bootstrap-admin.key'), 'utf8')).trim();

export interface TestAccount {
  name: string;
  roles: Role[];
  password: string;
  key: string;
}

/**
 * Creates (or, on a data directory that has it already, reuses) an account through the admin routes, with a
 * password for browser sign-in and a fresh API key.
 */
export async function createAccount(baseUrl: string, dataDir: string, name: string, roles: Role[]): Promise<TestAccount> {
  const admin = client(baseUrl, await bootstrapKey(dataDir));
  const password = `${name}-mật-khẩu-1`;
  const created = await admin.post('/api/v1/users').send({ name, roles, password });
  if (created.status !== 201 && created.body.code !== 'COMMAND.REJECTED') throw new Error(`creating ${name}: ${created.status} ${JSON.stringify(created.body)}`);
  const issued = await admin.post(`/api/v1/users/${name}/api-keys`).send({ label: 'e2e' });
  if (issued.status !== 201) throw new Error(`issuing a key to ${name}: ${issued.status} ${JSON.stringify(issued.body)}`);
  return { name, roles, password, key: issued.body.key };
}

/**
 * The same through the running app's own accounts service (in-process apps only): works on any data directory,
 * with or without a bootstrap key.
 */
export async function ensureAccount(app: INestApplication, name: string, roles: Role[]): Promise<TestAccount> {
  const accounts = app.get(Accounts);
  const ctx = { now: new Date().toISOString(), actor: SYSTEM_ACTOR, correlationId: `e2e-${name}` };
  const password = `${name}-mật-khẩu-1`;
  if (!accounts.list().some((u) => u.name === name)) await accounts.createUser({ name, roles, password }, ctx);
  return { name, roles, password, key: (await accounts.issueApiKey(name, 'e2e', ctx)).key };
}
