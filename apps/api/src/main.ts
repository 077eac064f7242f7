import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { settings as loadSettings } from '@plan-ledger/config';
import { createApiApp } from './app';

async function main(): Promise<void> {
  const settings = loadSettings();
  const app = await createApiApp(settings);
  await app.listen(settings.port, settings.host);
  new Logger('plan-ledger').log(`listening on http://localhost:${settings.port} (OpenAPI at /docs), data in ${settings.dataDir}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
