import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createAccount } from '../e2e/support/auth';
import { fixtures } from '../e2e/support/paths';
import { startServerProcess, type ServerProcess } from '../faults/support/server-process';

const UPLOADS = 200;
const SEARCHES = 1000;
const QUERIES = ['thi dua', 'khen thưởng', 'tong ket', 'báo cáo', 'sang kien', 'hội nghị', 'ke hoach', 'đăng ký'];

interface Timed {
  status: number;
  ms: number;
}

/** All at once: every request is in flight before the first answer comes back. */
async function concurrently(count: number, request: (i: number) => Promise<Response>): Promise<Timed[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const started = performance.now();
      const res = await request(i);
      await res.arrayBuffer();
      return { status: res.status, ms: performance.now() - started };
    }),
  );
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Printed, not judged: on a shared 2-core machine the figures say more about the neighbours than about the code. */
function latencies(label: string, results: Timed[], wallMs: number): void {
  const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
  const figures = { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
  process.stderr.write(
    `load: ${results.length} ${label} in ${(wallMs / 1000).toFixed(1)} s (${Math.round(results.length / (wallMs / 1000))}/s): ` +
      `p50 ${figures.p50.toFixed(0)} ms, p95 ${figures.p95.toFixed(0)} ms, p99 ${figures.p99.toFixed(0)} ms, max ${sorted[sorted.length - 1].toFixed(0)} ms\n`,
  );
}

/**
 * The embedded default as `npm start` runs it, in its own process on 127.0.0.1, with limits set for this load:
 * 200 uploads at once, then 1,000 searches at once while those plans are still being read. No request may fail.
 */
describe('load on the embedded default', () => {
  let dataDir: string;
  let server: ServerProcess;
  let key: string;

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'plan-ledger-load-'));
    server = await startServerProcess({
      PLAN_LEDGER_DATA_DIR: dataDir,
      PLAN_LEDGER_RATE_LIMIT: String(10 * (UPLOADS + SEARCHES)),
      PLAN_LEDGER_MAX_FILES_PER_UPLOAD: '1',
    });
    key = (await createAccount(server.baseUrl, dataDir, 'tai-thu', ['archivist', 'officer'])).key;
  }, 60_000);

  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it(`takes ${UPLOADS} concurrent uploads and ${SEARCHES} concurrent searches without an error`, async () => {
    const texts = await Promise.all(['000', '001', '002', '003', '004'].map((n) => fs.readFile(fixtures('text', `${n}.txt`), 'utf8')));
    const headers = { Authorization: `Bearer ${key}` };

    let started = performance.now();
    const uploads = await concurrently(UPLOADS, (i) => {
      const form = new FormData();
      form.append('files', new Blob([`${texts[i % texts.length]}\n\nBản số ${i + 1}.\n`]), `ke-hoach-${i + 1}.txt`);
      return fetch(`${server.baseUrl}/api/v1/documents`, { method: 'POST', body: form, headers });
    });
    latencies('uploads', uploads, performance.now() - started);
    expect(uploads.filter((r) => r.status !== 202)).toEqual([]);

    started = performance.now();
    const searches = await concurrently(SEARCHES, (i) =>
      fetch(`${server.baseUrl}/api/v1/directives?${new URLSearchParams({ q: QUERIES[i % QUERIES.length], limit: '20' })}`, { headers }),
    );
    latencies('searches', searches, performance.now() - started);
    expect(searches.filter((r) => r.status !== 200)).toEqual([]);

    // Every upload is read and parsed in the end: the queue drains under this load without a failure.
    const deadline = Date.now() + 40_000;
    let counts: Record<string, number> = {};
    while (Date.now() < deadline) {
      const byStatus = await Promise.all(
        ['parsed', 'rejected', 'failed'].map(async (status) => {
          const res = await fetch(`${server.baseUrl}/api/v1/documents?status=${status}&limit=1`, { headers });
          return [status, ((await res.json()) as { total: number }).total] as const;
        }),
      );
      counts = Object.fromEntries(byStatus);
      if (counts.parsed + counts.rejected + counts.failed >= UPLOADS) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(counts).toEqual({ parsed: UPLOADS, rejected: 0, failed: 0 });
  }, 120_000);
});
