import Redis from 'ioredis';
import { settings as loadSettings, type Settings } from '@plan-ledger/config';
import { EventStoreDbEventStore } from '@plan-ledger/event-store/eventstoredb';
import { MeilisearchSearchIndex } from '@plan-ledger/projections';

const TIMEOUT_MS = 5000;

/** Each scaled engine the worker uses, asked once; embedded ones live in files and need no probe. */
async function probes(settings: Settings): Promise<Record<string, () => Promise<unknown>>> {
  const checks: Record<string, () => Promise<unknown>> = {};
  if (settings.jobQueue.mode === 'scaled') {
    const url = settings.jobQueue.url;
    checks.redis = async () => {
      const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0 });
      client.on('error', () => undefined);
      try {
        await client.connect();
        return await client.ping();
      } finally {
        client.disconnect();
      }
    };
  }
  if (settings.eventStore.mode === 'scaled') {
    const url = settings.eventStore.url;
    checks.eventstore = async () => {
      const store = new EventStoreDbEventStore(url);
      try {
        return await store.ping();
      } finally {
        await store.close();
      }
    };
  }
  if (settings.search.mode === 'scaled') {
    const index = new MeilisearchSearchIndex({ url: settings.search.url, masterKey: settings.search.masterKey });
    checks.meilisearch = () => index.ping();
  }
  return checks;
}

const withTimeout = <T>(promise: Promise<T>): Promise<T> =>
  Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${TIMEOUT_MS} ms`)), TIMEOUT_MS).unref())]);

/** The worker container's health check: exits 0 when every engine it depends on answers, 1 otherwise. */
async function main(): Promise<number> {
  const checks = await probes(loadSettings());
  let healthy = true;
  for (const [engine, probe] of Object.entries(checks)) {
    try {
      await withTimeout(probe());
      process.stdout.write(`${engine}: ok\n`);
    } catch (error) {
      healthy = false;
      process.stdout.write(`${engine}: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  return healthy ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
