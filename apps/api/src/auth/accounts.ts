import { randomUUID } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { PlanLedgerError, USER_EVENT_SCHEMA_VERSION, userDecider, userStream, type CommandContext, type UserRole } from '@plan-ledger/domain';
import type { EventStore } from '@plan-ledger/event-store';
import { runStreamCommand, type StreamCommandResult } from '@plan-ledger/ingestion';
import { countUsers, findAccount, findAccountByKeyHash, listUsers, type Account, type ProjectionRunner, type ReadModelStore, type UserView } from '@plan-ledger/projections';
import { newApiKey, sha256Hex } from './api-key';

/** bcrypt's work factor: about 70 ms a hash in bcryptjs here, which is what a guess costs too. */
const BCRYPT_ROUNDS = 10;
/** bcrypt reads 72 bytes at most; a longer password would be silently cut, so it is refused. */
const MAX_PASSWORD_BYTES = 72;
const MIN_PASSWORD_LENGTH = 8;
/** Compared against when the name is unknown, so a wrong name takes as long as a wrong password (a hash at BCRYPT_ROUNDS). */
const DUMMY_HASH = '$2b$10$RnaMk.uPiWx8H/s3GOTTouQx1uhpOGfXkCJSInxmWqSadWCZp84/O';

export interface IssuedKey {
  name: string;
  keyId: string;
  /** Shown once: only its hash is kept. */
  key: string;
}

/**
 * Accounts as events on `user-<name>` streams, read back from the users read model. Used by the api's routes and
 * by the CLI (`plan-ledger users …`, `plan-ledger api-key …`); after each command the read model is brought up to
 * date in this process, so a key works as soon as it is returned.
 */
export class Accounts {
  constructor(
    private readonly events: EventStore,
    private readonly readModels: ReadModelStore,
    private readonly projections: ProjectionRunner,
  ) {}

  async createUser(input: { name: string; roles: UserRole[]; password: string | null }, ctx: CommandContext): Promise<StreamCommandResult> {
    const passwordHash = input.password === null ? null : await bcrypt.hash(checkedPassword(input.password), BCRYPT_ROUNDS);
    return this.run(input.name, { type: 'CreateUser', data: { name: input.name, roles: input.roles, passwordHash } }, ctx);
  }

  async issueApiKey(name: string, label: string | null, ctx: CommandContext): Promise<IssuedKey> {
    const key = newApiKey();
    const keyId = randomUUID();
    await this.run(name, { type: 'IssueApiKey', data: { name, keyId, keyHash: sha256Hex(key), label } }, ctx);
    return { name, keyId, key };
  }

  revokeApiKey(name: string, keyId: string, ctx: CommandContext): Promise<StreamCommandResult> {
    return this.run(name, { type: 'RevokeApiKey', data: { name, keyId } }, ctx);
  }

  /** The account when the password is right; null otherwise (unknown name, no password set, wrong password). */
  async signIn(name: string, password: string): Promise<Account | null> {
    const account = findAccount(this.readModels.db, name);
    const matches = await bcrypt.compare(password.normalize('NFC'), account?.passwordHash ?? DUMMY_HASH);
    return account?.passwordHash && matches ? { name: account.name, roles: account.roles } : null;
  }

  byApiKey(key: string): Account | null {
    return findAccountByKeyHash(this.readModels.db, sha256Hex(key));
  }

  count(): number {
    return countUsers(this.readModels.db);
  }

  list(): UserView[] {
    return listUsers(this.readModels.db);
  }

  private async run(name: string, command: Parameters<typeof userDecider.decide>[0], ctx: CommandContext): Promise<StreamCommandResult> {
    const result = await runStreamCommand(this.events, userStream(name), userDecider, command, ctx, USER_EVENT_SCHEMA_VERSION);
    await this.projections.runOnce();
    return result;
  }
}

function checkedPassword(password: string): string {
  const normalised = password.normalize('NFC');
  if ([...normalised].length < MIN_PASSWORD_LENGTH) throw new PlanLedgerError('COMMAND.INVALID', `a password has at least ${MIN_PASSWORD_LENGTH} characters`);
  if (Buffer.byteLength(normalised, 'utf8') > MAX_PASSWORD_BYTES) throw new PlanLedgerError('COMMAND.INVALID', `a password has at most ${MAX_PASSWORD_BYTES} bytes (UTF-8)`);
  return normalised;
}
