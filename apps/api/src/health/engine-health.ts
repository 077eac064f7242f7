import type { Settings } from '@plan-ledger/config';
import type { EventStore } from '@plan-ledger/event-store';
import type { JobQueue } from '@plan-ledger/jobs';
import type { SearchIndex } from '@plan-ledger/projections';

export interface EngineStatus {
  mode: 'embedded' | 'scaled';
  engine: string;
  ok: boolean;
  error?: string;
}

export interface EnginePorts {
  events: EventStore;
  search: SearchIndex;
  jobs: JobQueue;
}

const TIMEOUT_MS = 3000;

async function probe(mode: 'embedded' | 'scaled', engine: string, ask: () => Promise<unknown>): Promise<EngineStatus> {
  try {
    await Promise.race([ask(), new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer in ${TIMEOUT_MS} ms`)), TIMEOUT_MS).unref())]);
    return { mode, engine, ok: true };
  } catch (error) {
    return { mode, engine, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Asks each port's engine something cheap through the port itself, so the answer covers the adapter as wired. */
export async function engineHealth(settings: Settings, ports: EnginePorts): Promise<Record<'eventStore' | 'search' | 'jobQueue', EngineStatus>> {
  const { eventStore, search, jobQueue } = settings;
  const queue = ports.jobs as JobQueue & { ping?: () => Promise<void> };
  const [events, index, jobs] = await Promise.all([
    probe(eventStore.mode, eventStore.mode === 'scaled' ? 'eventstoredb' : 'sqlite', () => ports.events.streamExists('health-check')),
    probe(search.mode, search.mode === 'scaled' ? 'meilisearch' : 'fts5', () => ports.search.search({ limit: 0 })),
    probe(jobQueue.mode, jobQueue.mode === 'scaled' ? 'bull-redis' : 'in-process', async () => queue.ping?.()),
  ]);
  return { eventStore: events, search: index, jobQueue: jobs };
}
