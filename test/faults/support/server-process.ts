import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { repoRoot } from '../../e2e/support/paths';

export interface ServerProcess {
  baseUrl: string;
  child: ChildProcess;
  /** When the process was spawned: everything it writes is younger. */
  spawnedAt: Date;
  exited: Promise<NodeJS.Signals | number | null>;
  output(): string;
}

const SCALED_VARIABLES = new Set(['EVENTSTORE_URL', 'MEILI_URL', 'MEILI_MASTER_KEY', 'REDIS_URL']);

/** Where main.ts says it listens (PORT=0: the kernel's choice, so no other process can take the port first). */
const LISTENING = /listening on http:\/\/localhost:(\d+)/;

/** `npm start` as its own process (embedded default) on 127.0.0.1, resolved once /health answers. */
export async function startServerProcess(env: Record<string, string>, timeoutMs = 30_000): Promise<ServerProcess> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !SCALED_VARIABLES.has(name)));
  const spawnedAt = new Date();
  const child = spawn(process.execPath, ['-r', path.join(repoRoot, 'tools/register-ts.js'), path.join(repoRoot, 'apps/api/src/main.ts')], {
    cwd: repoRoot,
    env: { ...inherited, NODE_OPTIONS: '', NO_COLOR: '1', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server exited during start-up:\n${output}`);
    const port = LISTENING.exec(output)?.[1];
    const baseUrl = `http://127.0.0.1:${port}`;
    if (port && (await fetch(`${baseUrl}/health`).then((r) => r.ok, () => false))) return { baseUrl, child, spawnedAt, exited, output: () => output };
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not answer /health within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
