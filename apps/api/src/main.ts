import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { Logger } from '@nestjs/common';
import { settings as loadSettings } from '@plan-ledger/config';
import { createApiApp } from './app';
import { BootstrapAdmin, BOOTSTRAP_KEY_FILE } from './auth/bootstrap-admin';

async function main(): Promise<void> {
  const settings = loadSettings();
  const app = await createApiApp(settings);
  await app.listen(settings.port, settings.host);
  const bootstrap = app.get(BootstrapAdmin).issued;
  if (bootstrap) {
    process.stderr.write(
      `\nFirst start: no account yet. Admin API key (shown once; also in ${settings.dataDir}/${BOOTSTRAP_KEY_FILE}):\n\n  ${bootstrap.key}\n\n` +
        'Create the real accounts with it (README, Security), then delete that file and revoke this key.\n\n',
    );
  }
  // The bound port, not the configured one: PORT=0 asks the kernel for a free port.
  const { port } = app.getHttpServer().address() as AddressInfo;
  new Logger('plan-ledger').log(`listening on http://localhost:${port} (OpenAPI at /docs), data in ${settings.dataDir}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
