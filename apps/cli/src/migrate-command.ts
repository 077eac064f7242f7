import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Settings } from '@plan-ledger/config';
import { PlanLedgerError } from '@plan-ledger/domain';
import { EVENT_STORE, SqliteEventStore, type EventStore, type StoredEvent } from '@plan-ledger/event-store';
import { MeilisearchDirectivesProjection, MeilisearchSearchIndex, ProjectionRunner, SEARCH_INDEX, type SearchIndex } from '@plan-ledger/projections';
import { openContext } from './cli-context';
import { EXIT } from './exit-codes';

export interface CopyProgress {
  /** Events appended to the target by this run. */
  copied: number;
  /** Events the target already held (a run resumed after an interruption). */
  present: number;
  /** Streams seen so far. */
  streams: number;
}

const PAGE = 1000;

/** Consecutive events of one stream, in log order: each becomes one atomic append. */
function runsOf(page: readonly StoredEvent[]): StoredEvent[][] {
  const runs: StoredEvent[][] = [];
  for (const event of page) {
    const last = runs[runs.length - 1];
    if (last && last[0].streamId === event.streamId) last.push(event);
    else runs.push([event]);
  }
  return runs;
}

/**
 * Copies one event log into another in the source's order, so every stream keeps its order, revisions, event ids,
 * types, data and metadata (global positions are the target's own). Each run of a stream is compared with what the
 * target holds at those revisions first, so a copy that was interrupted resumes where it stopped, and a target
 * whose stream differs stops the copy with a conflict instead of mixing two histories.
 */
export async function copyEventLog(source: EventStore, target: EventStore, onProgress: (progress: CopyProgress) => void = () => undefined): Promise<CopyProgress> {
  const progress: CopyProgress = { copied: 0, present: 0, streams: 0 };
  const streams = new Set<string>();
  for (let after = 0n; ; ) {
    const page = await source.readAll({ after, maxCount: PAGE });
    for (const run of runsOf(page)) {
      const stream = run[0].streamId;
      streams.add(stream);
      const held = await target.readStream(stream, { fromRevision: run[0].revision, maxCount: run.length });
      held.forEach((event, i) => {
        if (event.id !== run[i].id) {
          throw new PlanLedgerError('STREAM.REVISION_CONFLICT', `${stream}@${event.revision}: the target holds event ${event.id}, the source ${run[i].id}`, {
            stream,
            revision: event.revision,
          });
        }
      });
      const missing = run.slice(held.length);
      if (missing.length > 0) {
        const first = missing[0].revision;
        await target.appendToStream(
          stream,
          missing.map(({ id, type, data, metadata }) => ({ id, type, data, metadata })),
          { expectedRevision: first === 0 ? 'no_stream' : first - 1 },
        );
      }
      progress.copied += missing.length;
      progress.present += held.length;
    }
    progress.streams = streams.size;
    onProgress({ ...progress });
    if (page.length < PAGE) return progress;
    after = page[page.length - 1].position;
  }
}

export interface MigrateOptions {
  /** The embedded event log to copy; the data directory's `events.sqlite` by default. */
  from?: string;
}

/**
 * `plan-ledger migrate`: copies an embedded installation's event log into the EventStoreDB that EVENTSTORE_URL
 * names, then rebuilds the read models from it (their checkpoints were SQLite positions, meaningless there) and,
 * when MEILI_URL is set, the Meilisearch index. Running it again resumes an interrupted copy and adds nothing twice.
 */
export async function migrateCommand(settings: Settings, options: MigrateOptions = {}, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  if (settings.eventStore.mode !== 'scaled') {
    throw new PlanLedgerError('CONFIG.INVALID', 'EVENTSTORE_URL is not set: migrate copies the embedded event log into the EventStoreDB it names', {
      variable: 'EVENTSTORE_URL',
    });
  }
  const from = path.resolve(options.from ?? path.join(settings.dataDir, 'events.sqlite'));
  if (!existsSync(from)) throw new PlanLedgerError('DOCUMENT.NOT_FOUND', `no embedded event log at ${from}`, { path: from });
  const source = new SqliteEventStore(from);
  const app = await openContext(settings, { runJobs: false, runProjections: false });
  try {
    const target = app.get<EventStore>(EVENT_STORE);
    const copied = await copyEventLog(source, target, (p) => process.stderr.write(`\rmigrate: ${p.copied} copied, ${p.present} already there, ${p.streams} streams`));
    process.stderr.write('\n');
    out.write(`copied ${copied.copied} events (${copied.present} already there) in ${copied.streams} streams from ${from}\n`);
    const rebuilt = await app.get(ProjectionRunner).rebuild();
    out.write(`rebuilt the read models from ${rebuilt.events} events\n`);
    const search = app.get<SearchIndex>(SEARCH_INDEX);
    if (search instanceof MeilisearchSearchIndex) {
      const applied = await new MeilisearchDirectivesProjection(target, search).rebuild();
      out.write(`rebuilt the Meilisearch index from ${applied} events\n`);
    }
    return EXIT.ok;
  } finally {
    await app.close();
    await source.close();
  }
}
