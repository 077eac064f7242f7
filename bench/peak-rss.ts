import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { IngestGeneratedResult } from './ingest-generated.child';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..');

/** The V8 flags `npm start` gives the service (`node --flag … -r ./tools/register-ts.js …`), so the child runs as it does. */
function serviceNodeFlags(): string[] {
  const { scripts } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const words = scripts.start.split(/\s+/);
  return words.slice(words.indexOf('node') + 1, words.indexOf('-r'));
}

/** Runs the ingestion of `count` generated plans in a child process, so its peak RSS is the pipeline's alone. */
export async function measurePeakRss(dataDir: string, count: number): Promise<IngestGeneratedResult> {
  const args = [...serviceNodeFlags(), '-r', './tools/register-ts.js', 'bench/ingest-generated.child.ts', dataDir, String(count)];
  const { stdout } = await run(process.execPath, args, { cwd: ROOT, maxBuffer: 16 * 2 ** 20 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as IngestGeneratedResult;
}
