import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { repoRoot } from './paths';

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The child runs embedded whatever the test runner's environment says. */
const SCALED_VARIABLES = new Set(['EVENTSTORE_URL', 'MEILI_URL', 'MEILI_MASTER_KEY', 'REDIS_URL']);

/** Runs `plan-ledger <args>` as its own process, the way `npm run plan-ledger` does, on an embedded data directory. */
export function runCli(args: string[], env: Record<string, string>, timeoutMs = 120_000): Promise<CliRun> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !SCALED_VARIABLES.has(name)));
  const child = spawn(process.execPath, ['-r', path.join(repoRoot, 'tools/register-ts.js'), path.join(repoRoot, 'apps/cli/src/main.ts'), ...args], {
    cwd: repoRoot,
    env: { ...inherited, NODE_OPTIONS: '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`plan-ledger ${args.join(' ')} took longer than ${timeoutMs} ms\n${stderr}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}
