import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { IngestGeneratedResult } from './ingest-generated.child';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..');

/** Runs the ingestion of `count` generated plans in a child process, so its peak RSS is the pipeline's alone. */
export async function measurePeakRss(dataDir: string, count: number): Promise<IngestGeneratedResult> {
  const { stdout } = await run(process.execPath, ['-r', './tools/register-ts.js', 'bench/ingest-generated.child.ts', dataDir, String(count)], {
    cwd: ROOT,
    maxBuffer: 16 * 2 ** 20,
  });
  return JSON.parse(stdout.trim().split('\n').pop()!) as IngestGeneratedResult;
}
