import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';
import { loadSettings } from '@plan-ledger/config';
import { SAMPLE_FILES } from './fixtures';
import { openPipeline } from './pipeline';
import { timed } from './stats';

export interface IngestThroughput {
  pipelinePlansPerSecond: number;
  barePlansPerSecond: number;
  ratio: number;
}

/** What the pipeline's text step costs at the least: the libraries' own calls, nothing of ours around them. */
async function bareText(file: string, bytes: Buffer): Promise<number> {
  if (file.endsWith('.pdf')) {
    const parser = new PDFParse({ data: new Uint8Array(bytes) });
    try {
      return (await parser.getText()).text.length;
    } finally {
      await parser.destroy();
    }
  }
  return (await mammoth.convertToHtml({ buffer: bytes })).value.length;
}

/** Runs `work` on every item, `concurrency` at a time. */
async function inParallel<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/**
 * Plans per second through the whole pipeline (intake, text, extraction, events, projections) on a fresh data
 * directory each round, versus bare text extraction of the same files with the pipeline's job concurrency; each
 * side's best round counts, so a round slowed by another process on the shared cores does not decide the ratio.
 */
export async function measureIngestThroughput(rounds: number): Promise<IngestThroughput> {
  const files = await Promise.all(SAMPLE_FILES.map(async (file) => ({ file, bytes: await readFile(file) })));
  const { concurrency } = loadSettings({}).jobs;
  let bareBest = Infinity;
  let pipelineBest = Infinity;
  for (let round = 0; round < rounds; round++) {
    const bare = await timed(() => inParallel(files, concurrency, ({ file, bytes }) => bareText(file, bytes)));
    bareBest = Math.min(bareBest, bare.ms);
    const dataDir = await mkdtemp(path.join(tmpdir(), 'plan-ledger-bench-ingest-'));
    const pipeline = await openPipeline(dataDir);
    try {
      const run = await timed(async () => {
        for (const { file, bytes } of files) await pipeline.receive({ bytes, fileName: path.basename(file) });
        await pipeline.settle();
      });
      pipelineBest = Math.min(pipelineBest, run.ms);
    } finally {
      await pipeline.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  const pipelinePlansPerSecond = (files.length * 1000) / pipelineBest;
  const barePlansPerSecond = (files.length * 1000) / bareBest;
  return { pipelinePlansPerSecond, barePlansPerSecond, ratio: pipelinePlansPerSecond / barePlansPerSecond };
}
