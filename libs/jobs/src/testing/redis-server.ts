import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';

export interface RedisForTests {
  url: string;
  /** Stops the server this helper started (a given REDIS_URL is left alone). */
  stop(): Promise<void>;
}

const REDIS_SERVER = process.env.REDIS_SERVER_BIN ?? 'redis-server';

/**
 * A real Redis for the Bull tests (STYLE 13): `REDIS_URL` when set, otherwise a `redis-server` of its own on a free
 * port, in a temporary folder, with persistence off (always so with `ownServer`, for a test that stops it).
 * `.ci/run` installs redis-server where it is missing.
 */
export async function startRedisForTests(options: { ownServer?: boolean } = {}): Promise<RedisForTests> {
  const given = process.env.REDIS_URL;
  if (given && !options.ownServer) return { url: given, stop: async () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'plan-ledger-redis-'));
  const port = await freePort();
  const server = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = `redis://127.0.0.1:${port}`;
  const stop = async () => {
    await stopProcess(server);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForPing(url, server);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function waitForPing(url: string, server: ChildProcess, timeoutMs = 10_000): Promise<void> {
  let exited: string | null = null;
  let stderr = '';
  server.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  server.once('error', (error) => (exited = error.message));
  server.once('exit', (code, signal) => (exited = `exited with ${signal ?? code}`));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${REDIS_SERVER} ${exited}${stderr ? `: ${stderr.trim()}` : ''}`);
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => undefined);
    try {
      await client.connect();
      if ((await client.ping()) === 'PONG') return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 25));
    } finally {
      client.disconnect();
    }
  }
  throw new Error(`${REDIS_SERVER} did not answer PING at ${url} within ${timeoutMs} ms`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
