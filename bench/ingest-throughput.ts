import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';
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

/**
 * Plans per second through the whole pipeline (intake, text, extraction, events, projections) on a fresh data
 * directory each round, versus bare text extraction of the same files; each side's best round counts, so a
 * round slowed by another process on the shared cores does not decide the ratio.
 */
export async function measureIngestThroughput(rounds: number): Promise<IngestThroughput> {
  const files = await Promise.all(SAMPLE_FILES.map(async (file) => ({ file, bytes: await readFile(file) })));
  let bareBest = Infinity;
  let pipelineBest = Infinity;
  for (let round = 0; round < rounds; round++) {
    const bare = await timed(async () => {
      for (const { file, bytes } of files) await bareText(file, bytes);
    });
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
