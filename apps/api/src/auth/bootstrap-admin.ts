import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { SETTINGS, type Settings } from '@plan-ledger/config';
import { SYSTEM_ACTOR } from '@plan-ledger/domain';
import { ProjectionRunner } from '@plan-ledger/projections';
import { Accounts, type IssuedKey } from './accounts';

export const BOOTSTRAP_ADMIN = 'admin';
export const BOOTSTRAP_KEY_FILE = 'bootstrap-admin.key';

/**
 * A fresh install has no account, and every route but health and sign-in needs one. On the first start with no
 * user at all, the system creates the account `admin` (role admin, no password) with one API key, written to
 * `<dataDir>/bootstrap-admin.key` (mode 600) and printed once by main.ts. With it an operator creates the real
 * accounts, then deletes the file and revokes the key. `plan-ledger users create-admin` does the same offline.
 */
@Injectable()
export class BootstrapAdmin implements OnApplicationBootstrap {
  issued: IssuedKey | null = null;

  constructor(
    @Inject(Accounts) private readonly accounts: Accounts,
    @Inject(ProjectionRunner) private readonly projections: ProjectionRunner,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.projections.runOnce();
    if (this.accounts.count() > 0) return;
    const ctx = { now: new Date().toISOString(), actor: SYSTEM_ACTOR, correlationId: randomUUID(), causationId: null };
    await this.accounts.createUser({ name: BOOTSTRAP_ADMIN, roles: ['admin'], password: null }, ctx);
    this.issued = await this.accounts.issueApiKey(BOOTSTRAP_ADMIN, 'bootstrap', ctx);
    await fs.writeFile(path.join(this.settings.dataDir, BOOTSTRAP_KEY_FILE), `${this.issued.key}\n`, { mode: 0o600 });
  }
}
