import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import { dumpReadModels } from '@plan-ledger/projections';
import { makeDataDir, startApi, waitFor } from './support/api-server';
import { runCli } from './support/cli';
import { fixtures } from './support/paths';

interface StreamCounts {
  /** Documents with a DocumentReceived event. */
  received: string[];
  /** Documents with a PlanParsed or DocumentRejected event. */
  finished: string[];
  /** Directive streams the PlanParsed process manager opened. */
  directiveStreams: number;
  /**
   * Document and directive (stream, type) pairs written more than once, ExtractionFailed aside (each failed attempt
   * is its own fact). Unit streams are left out: a unit is rightly recognised again under each new spelling.
   */
  repeated: { stream_id: string; type: string; n: number }[];
}

/** Reads the SQLite event log directly, as an auditor would. */
function countEvents(dataDir: string): StreamCounts {
  const db = new Database(path.join(dataDir, 'events.sqlite'), { readonly: true });
  try {
    const streams = (type: string) =>
      (db.prepare("SELECT DISTINCT stream_id FROM events WHERE type = ? AND stream_id LIKE 'document-%'").all(type) as { stream_id: string }[]).map((r) => r.stream_id);
    return {
      received: streams('DocumentReceived').sort(),
      finished: [...new Set([...streams('PlanParsed'), ...streams('DocumentRejected')])].sort(),
      directiveStreams: (db.prepare("SELECT COUNT(DISTINCT stream_id) AS n FROM events WHERE stream_id LIKE 'directive-%'").get() as { n: number }).n,
      repeated: db
        .prepare("SELECT stream_id, type, COUNT(*) AS n FROM events WHERE type <> 'ExtractionFailed' AND (stream_id LIKE 'document-%' OR stream_id LIKE 'directive-%') GROUP BY stream_id, type HAVING n > 1")
        .all() as StreamCounts['repeated'],
    };
  } finally {
    db.close();
  }
}

const readModelDump = (dataDir: string): string => {
  const db = new Database(path.join(dataDir, 'read-models.sqlite'), { readonly: true });
  try {
    return dumpReadModels(db);
  } finally {
    db.close();
  }
};

describe('durability: crash, restart, rebuild', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await makeDataDir();
  });
  afterAll(() => fs.rm(dataDir, { recursive: true, force: true }));

  it('dies right after the third TextExtracted, then a restart finishes all ten plans without writing anything twice', async () => {
    const crashed = await runCli(['ingest', fixtures('plans')], { PLAN_LEDGER_DATA_DIR: dataDir, PLAN_LEDGER_CRASH_AFTER: 'TextExtracted:3' });
    expect(crashed.signal).toBe('SIGKILL');
    const afterCrash = countEvents(dataDir);
    expect(afterCrash.received.length).toBeGreaterThanOrEqual(3);
    const unfinished = afterCrash.received.filter((s) => !afterCrash.finished.includes(s));
    expect(unfinished.length).toBeGreaterThan(0);

    // Restart the service with no upload: it re-queues what the log says is unfinished.
    const api = await startApi({ dataDir });
    try {
      await waitFor(async () => {
        const now = countEvents(dataDir);
        return afterCrash.received.every((s) => now.finished.includes(s)) ? true : undefined;
      }, 'the documents received before the crash to finish', 120_000);
    } finally {
      await api.close();
    }

    // Then the operator runs the same ingest again: the files already received are duplicates, the rest are new.
    const rerun = await runCli(['ingest', fixtures('plans')], { PLAN_LEDGER_DATA_DIR: dataDir });
    expect(rerun.stderr).not.toMatch(/Error/);
    expect(rerun.stdout).toContain(`parsed ${10 - afterCrash.received.length}, duplicates ${afterCrash.received.length}, refused 0, failed 0`);
    expect(rerun.code).toBe(0);

    const final = countEvents(dataDir);
    expect(final.received.length).toBe(10);
    expect(final.finished).toEqual(final.received);
    expect(final.repeated).toEqual([]);
    expect(final.directiveStreams).toBeGreaterThan(0);
  }, 300_000);

  it('rebuilds the read models from the log to the same rows', async () => {
    const api = await startApi({ dataDir });
    try {
      const list = await api.http.get('/api/v1/documents?status=parsed').expect(200);
      expect(list.body.total).toBe(10);
    } finally {
      await api.close();
    }
    const before = readModelDump(dataDir);
    const rebuilt = await runCli(['rebuild'], { PLAN_LEDGER_DATA_DIR: dataDir });
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stdout).toMatch(/rebuilt read models from \d+ events in [\d.]+ s \(\d+ events\/s\)/);
    expect(readModelDump(dataDir)).toBe(before);
    expect(JSON.parse(before).directives.length).toBeGreaterThan(0);
  }, 120_000);
});
