import { readFile } from 'node:fs/promises';
import { readPlanText } from '@plan-ledger/documents';
import { extractPlan } from '@plan-ledger/extraction';
import { LONG_DOCX, SAMPLE_FILES } from './fixtures';
import { median, percentile, timed } from './stats';

export interface ExtractionTime {
  samples: { medianMs: number; p95Ms: number; runs: number };
  long: { medianMs: number; p95Ms: number; runs: number; directives: number };
}

/** extractPlan alone (PlanText -> PlanExtraction), the texts read once beforehand with readPlanText. */
async function timesOf(files: readonly string[], runs: number): Promise<{ ms: number[]; directives: number }> {
  const texts = await Promise.all(files.map(async (file) => ({ file, text: await readPlanText(await readFile(file)) })));
  const ms: number[] = [];
  let directives = 0;
  for (let run = 0; run < runs; run++) {
    for (const { file, text } of texts) {
      const { result, ms: took } = await timed(() => extractPlan(text, { source: file }));
      directives = result.directives.length;
      ms.push(took);
    }
  }
  return { ms, directives };
}

export async function measureExtractionTime(runs: number): Promise<ExtractionTime> {
  const samples = await timesOf(SAMPLE_FILES, runs);
  const long = await timesOf([LONG_DOCX], runs);
  return {
    samples: { medianMs: median(samples.ms), p95Ms: percentile(samples.ms, 95), runs: samples.ms.length },
    long: { medianMs: median(long.ms), p95Ms: percentile(long.ms, 95), runs: long.ms.length, directives: long.directives },
  };
}
