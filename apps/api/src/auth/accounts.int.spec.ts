import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CommandContext } from '@plan-ledger/domain';
import { SqliteEventStore } from '@plan-ledger/event-store';
import { ProjectionRunner, ReadModelStore, usersProjection } from '@plan-ledger/projections';
import { Accounts } from './accounts';

describe('Accounts (real SQLite log and read model)', () => {
  let dir: string;
  let events: SqliteEventStore;
  let readModels: ReadModelStore;
  let accounts: Accounts;
  const ctx: CommandContext = { now: '2026-01-05T02:00:00.000Z', actor: { user: 'admin', role: 'admin' }, correlationId: 'c-1' };

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'pl-accounts-'));
    events = new SqliteEventStore(path.join(dir, 'events.sqlite'));
    readModels = new ReadModelStore(path.join(dir, 'read-models.sqlite'));
    accounts = new Accounts(events, readModels, new ProjectionRunner(events, readModels, [usersProjection]));
  });
  afterEach(async () => {
    await events.close();
    readModels.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('signs in with the password as typed, in either Unicode form, and with nothing else', async () => {
    await accounts.createUser({ name: 'lan.nguyen', roles: ['officer'], password: 'mật khẩu đúng'.normalize('NFC') }, ctx);
    expect(await accounts.signIn('lan.nguyen', 'mật khẩu đúng'.normalize('NFD'))).toEqual({ name: 'lan.nguyen', roles: ['officer'] });
    expect(await accounts.signIn('lan.nguyen', 'mat khau dung')).toBeNull();
    expect(await accounts.signIn('nobody', 'mật khẩu đúng')).toBeNull();
  });

  it('refuses a password bcrypt would cut short, or one too short to be one', async () => {
    await expect(accounts.createUser({ name: 'a1', roles: ['officer'], password: 'đ'.repeat(37) }, ctx)).rejects.toMatchObject({ code: 'COMMAND.INVALID' });
    await expect(accounts.createUser({ name: 'a2', roles: ['officer'], password: 'short' }, ctx)).rejects.toMatchObject({ code: 'COMMAND.INVALID' });
    expect(accounts.count()).toBe(0);
  });

  it('gives a key-only account no password sign-in, and finds it by its key until revoked', async () => {
    await accounts.createUser({ name: 'nhap-lieu', roles: ['archivist'], password: null }, ctx);
    expect(await accounts.signIn('nhap-lieu', '')).toBeNull();
    const issued = await accounts.issueApiKey('nhap-lieu', 'nightly', ctx);
    expect(issued.key).toMatch(/^pl_[\w-]{43}$/);
    expect(accounts.byApiKey(issued.key)).toEqual({ name: 'nhap-lieu', roles: ['archivist'] });
    await accounts.revokeApiKey('nhap-lieu', issued.keyId, ctx);
    expect(accounts.byApiKey(issued.key)).toBeNull();
    const stored = JSON.stringify((await events.readAll()).map(({ data, metadata }) => ({ data, metadata })));
    expect(stored).not.toContain(issued.key);
  });
});
