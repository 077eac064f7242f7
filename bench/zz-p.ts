import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { measureIngestThroughput } from './ingest-throughput';
import { measureExtractionTime } from './extraction-time';
import { measurePeakRss } from './peak-rss';
import { measureRebuildRate } from './rebuild-rate';
(async () => {
  console.log(JSON.stringify(await measureIngestThroughput(3)));
  console.log(JSON.stringify(await measureExtractionTime(10)));
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'bp-')), 'gen');
  console.time('rss');
  console.log(JSON.stringify(await measurePeakRss(dir, Number(process.argv[2]))));
  console.timeEnd('rss');
  console.log(JSON.stringify(await measureRebuildRate(dir)));
})();
