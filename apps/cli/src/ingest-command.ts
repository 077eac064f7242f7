import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import type { Settings } from '@plan-ledger/config';
import { isPlanLedgerError, PlanLedgerError, type Actor, type DocumentState } from '@plan-ledger/domain';
import { EVENT_STORE, type EventStore } from '@plan-ledger/event-store';
import { DocumentIntake, IngestionModule, loadDocumentStream } from '@plan-ledger/ingestion';
import { JOB_QUEUE, type JobQueue } from '@plan-ledger/jobs';
import { ProjectionRunner } from '@plan-ledger/projections';
import { openContext } from './cli-context';
import { EXIT } from './exit-codes';

const CLI_ACTOR: Actor = { user: 'cli', role: 'archivist' };
const POLL_MS = 200;

type Outcome =
  | { file: string; kind: 'parsed' | 'duplicate'; documentId: string; directives: number }
  | { file: string; kind: 'refused'; documentId: string | null; code: string; reason: string }
  | { file: string; kind: 'failed'; documentId: string; reason: string };

/**
 * `plan-ledger ingest <files|folders...>`: runs the embedded pipeline in this process against the data directory,
 * waits for every job, brings the read models up to date and prints one line per refused or failed file and a summary.
 */
export async function ingestCommand(files: readonly string[], settings: Settings, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const app = await openContext(settings, { runJobs: true, runProjections: false });
  try {
    const intake = app.get(DocumentIntake);
    const events = app.get<EventStore>(EVENT_STORE);
    const jobs = app.get<JobQueue>(JOB_QUEUE);
    const bar = new SingleBar({ format: 'ingest [{bar}] {value}/{total} {stage}', stream: process.stderr, hideCursor: true }, Presets.shades_classic);
    bar.start(files.length, 0, { stage: 'receiving' });

    const outcomes: Outcome[] = [];
    const pending: { file: string; documentId: string; duplicate: boolean }[] = [];
    for (const file of files) {
      try {
        const [receipt] = await intake.receive([{ bytes: await readWithin(file, settings.limits.maxUploadBytes), fileName: path.basename(file) }], CLI_ACTOR);
        pending.push({ file, documentId: receipt.id, duplicate: receipt.duplicate });
      } catch (error) {
        if (!isPlanLedgerError(error)) throw error;
        outcomes.push({ file, kind: 'refused', documentId: null, code: error.code, reason: error.message });
        bar.increment();
      }
    }

    bar.update({ stage: 'reading and parsing' });
    const settled = new Map<string, DocumentState>();
    const idle = jobs.idle().then(() => 'idle');
    for (let done = false; !done; ) {
      done = (await Promise.race([idle, new Promise((r) => setTimeout(r, POLL_MS))])) === 'idle';
      for (const item of pending) {
        if (settled.has(item.file)) continue;
        const { state } = await loadDocumentStream(events, item.documentId);
        if (done || state.status === 'parsed' || state.status === 'rejected') {
          settled.set(item.file, state);
          bar.increment();
        }
      }
    }
    bar.update({ stage: 'updating read models' });
    await app.get(IngestionModule).settled();
    await app.get(ProjectionRunner).runOnce();
    bar.stop();

    for (const { file, documentId, duplicate } of pending) outcomes.push(outcomeOf(file, documentId, duplicate, settled.get(file)!));
    return report(outcomes, out);
  } finally {
    await app.close();
  }
}

/** Reads a file after checking its size, so a huge file is refused without being loaded. */
async function readWithin(file: string, maxBytes: number): Promise<Buffer> {
  const { size } = await fs.stat(file);
  if (size > maxBytes) throw new PlanLedgerError('DOCUMENT.TOO_LARGE', `file too large (${size} bytes, limit ${maxBytes})`);
  return fs.readFile(file);
}

function outcomeOf(file: string, documentId: string, duplicate: boolean, state: DocumentState): Outcome {
  if (state.status === 'parsed') {
    const extraction = state.parsed?.extraction as { directives?: unknown[] } | undefined;
    return { file, kind: duplicate ? 'duplicate' : 'parsed', documentId, directives: extraction?.directives?.length ?? 0 };
  }
  if (state.status === 'rejected') return { file, kind: 'refused', documentId, code: state.rejection!.code, reason: state.rejection!.reason };
  return { file, kind: 'failed', documentId, reason: `processing stopped at "${state.status}" after ${state.failures.text + state.failures.parse} failed attempt(s)` };
}

function report(outcomes: readonly Outcome[], out: NodeJS.WritableStream): number {
  const count = (kind: Outcome['kind']) => outcomes.filter((o) => o.kind === kind).length;
  for (const o of outcomes) {
    if (o.kind === 'refused') out.write(`refused  ${o.file}: ${o.reason} (${o.code})\n`);
    if (o.kind === 'failed') out.write(`failed   ${o.file}: ${o.reason}\n`);
  }
  out.write(`parsed ${count('parsed')}, duplicates ${count('duplicate')}, refused ${count('refused')}, failed ${count('failed')}\n`);
  if (count('failed') > 0) return EXIT.software;
  return count('refused') > 0 ? EXIT.dataError : EXIT.ok;
}
