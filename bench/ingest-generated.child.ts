import { generatedPlan } from './plan-variants';
import { openPipeline } from './pipeline';
import { timed } from './stats';

/**
 * Child process for the peak-RSS figure: ingests `count` generated plans into `dataDir` through the embedded
 * pipeline, each plan made only when it is received, and prints one JSON line. maxRSS is this process's peak.
 * Usage: node <the V8 flags of `npm start`> -r ./tools/register-ts.js bench/ingest-generated.child.ts <dataDir> <count>
 */
export interface IngestGeneratedResult {
  plans: number;
  duplicates: number;
  ms: number;
  bootRssMb: number;
  peakRssMb: number;
}

async function main(dataDir: string, count: number): Promise<IngestGeneratedResult> {
  const pipeline = await openPipeline(dataDir);
  const bootRssMb = process.memoryUsage().rss / 2 ** 20;
  let duplicates = 0;
  try {
    const { ms } = await timed(async () => {
      for (let n = 0; n < count; n++) {
        const { fileName, bytes } = await generatedPlan(n);
        if ((await pipeline.receive({ bytes, fileName })).duplicate) duplicates++;
      }
      await pipeline.settle();
    });
    return { plans: count, duplicates, ms, bootRssMb, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  } finally {
    await pipeline.close();
  }
}

const [dataDir, count] = process.argv.slice(2);
main(dataDir, Number(count)).then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
