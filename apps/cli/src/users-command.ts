import { randomUUID } from 'node:crypto';
import * as os from 'node:os';
import type { Command } from 'commander';
import type { Settings } from '@plan-ledger/config';
import { PlanLedgerError, USER_ROLES, type CommandContext, type UserRole } from '@plan-ledger/domain';
import { EVENT_STORE, type EventStore } from '@plan-ledger/event-store';
import { ProjectionRunner, ReadModelStore } from '@plan-ledger/projections';
import { Accounts } from '../../api/src/auth/accounts';
import { openContext } from './cli-context';
import { EXIT } from './exit-codes';

/**
 * `plan-ledger users …` and `plan-ledger api-key …`: accounts for whoever holds the data directory (an operator
 * with the files needs no key). The actor recorded is the operating-system user running the command.
 */
export function addUserCommands(program: Command, settings: () => Settings): void {
  const users = program.command('users').description('accounts that sign in to the api (README, Security)');
  users
    .command('create-admin')
    .description('create an administrator who signs in with a password')
    .requiredOption('--name <name>', 'login name: a-z, 0-9, ".", "-", "_"')
    .requiredOption('--password <password>', 'at least 8 characters')
    .action((options: { name: string; password: string }) =>
      withAccounts(settings(), async (accounts, ctx, out) => {
        await accounts.createUser({ name: options.name, roles: ['admin'], password: options.password }, ctx);
        out.write(`created ${options.name} (admin)\n`);
      }),
    );
  users
    .command('create')
    .description('create an account with one or more roles')
    .requiredOption('--name <name>', 'login name: a-z, 0-9, ".", "-", "_"')
    .requiredOption('--role <role...>', USER_ROLES.join(', '))
    .option('--password <password>', 'omit for an account that uses API keys only')
    .action((options: { name: string; role: string[]; password?: string }) =>
      withAccounts(settings(), async (accounts, ctx, out) => {
        await accounts.createUser({ name: options.name, roles: rolesOf(options.role), password: options.password ?? null }, ctx);
        out.write(`created ${options.name} (${options.role.join(', ')})\n`);
      }),
    );
  users
    .command('list')
    .description('accounts, their roles and API keys')
    .action(() =>
      withAccounts(settings(), async (accounts, _ctx, out) => {
        for (const user of accounts.list()) {
          const live = user.keys.filter((k) => !k.revokedAt).map((k) => k.keyId);
          out.write(`${user.name}\t${user.roles.join(',')}\tkeys: ${live.join(' ') || '-'}\n`);
        }
      }),
    );

  const keys = program.command('api-key').description('API keys for scripts: Authorization: Bearer <key>');
  keys
    .command('create')
    .description("issue a key to an account (creating it, key-only, with --role when it does not exist); prints the key once")
    .requiredOption('--name <name>', 'the account the key acts as')
    .option('--role <role...>', `for a new account: ${USER_ROLES.join(', ')}`)
    .option('--label <label>', 'what the key is for')
    .action((options: { name: string; role?: string[]; label?: string }) =>
      withAccounts(settings(), async (accounts, ctx, out) => {
        const existing = accounts.list().find((u) => u.name === options.name);
        if (existing && options.role && [...options.role].sort().join() !== [...existing.roles].sort().join()) {
          throw new PlanLedgerError('COMMAND.INVALID', `${options.name} exists with roles ${existing.roles.join(', ')}: --role only shapes a new account`);
        }
        if (!existing && options.role) await accounts.createUser({ name: options.name, roles: rolesOf(options.role), password: null }, ctx);
        const issued = await accounts.issueApiKey(options.name, options.label ?? null, ctx);
        out.write(`${issued.key}\n`);
        process.stderr.write(`key ${issued.keyId} for ${issued.name}: shown once, keep it secret\n`);
      }),
    );
  keys
    .command('revoke')
    .description('revoke a key (plan-ledger users list shows key ids)')
    .requiredOption('--name <name>', 'the account')
    .requiredOption('--key-id <keyId>', 'the key id')
    .action((options: { name: string; keyId: string }) =>
      withAccounts(settings(), async (accounts, ctx, out) => {
        const { appended } = await accounts.revokeApiKey(options.name, options.keyId, ctx);
        out.write(appended.length > 0 ? `revoked ${options.keyId}\n` : `${options.keyId} was revoked already\n`);
      }),
    );
}

function rolesOf(names: string[]): UserRole[] {
  const unknown = names.filter((n) => !(USER_ROLES as readonly string[]).includes(n));
  if (unknown.length > 0) throw new PlanLedgerError('COMMAND.INVALID', `unknown role ${unknown.join(', ')}: roles are ${USER_ROLES.join(', ')}`);
  return names as UserRole[];
}

async function withAccounts(
  settings: Settings,
  run: (accounts: Accounts, ctx: CommandContext, out: NodeJS.WritableStream) => Promise<void>,
): Promise<void> {
  const app = await openContext(settings, { runJobs: false, runProjections: false });
  try {
    const projections = app.get(ProjectionRunner);
    await projections.runOnce();
    const accounts = new Accounts(app.get<EventStore>(EVENT_STORE), app.get(ReadModelStore), projections);
    const ctx = { now: new Date().toISOString(), actor: { user: `cli:${os.userInfo().username}`, role: 'admin' as const }, correlationId: randomUUID(), causationId: null };
    await run(accounts, ctx, process.stdout);
    process.exitCode = EXIT.ok;
  } finally {
    await app.close();
  }
}
