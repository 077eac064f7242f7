import { promises as fs } from 'node:fs';
import { makeDataDir } from './support/api-server';
import { runCli } from './support/cli';
import { fixtures } from './support/paths';

describe('plan-ledger ingest on the bad/ folder', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await makeDataDir();
  });
  afterAll(() => fs.rm(dataDir, { recursive: true, force: true }));

  it('refuses every bad file with its reason on its own line and exits with the data-error code', async () => {
    const run = await runCli(['ingest', fixtures('bad')], { PLAN_LEDGER_DATA_DIR: dataDir });
    const names = await fs.readdir(fixtures('bad'));
    const refused = run.stdout.split('\n').filter((line) => line.startsWith('refused'));
    // xxe.docx is a real plan behind a hostile DTD: ignoring the DTD and parsing it is as right as refusing it.
    const mustRefuse = names.filter((name) => name !== 'xxe.docx');
    for (const name of mustRefuse) expect(refused.find((line) => line.includes(`/${name}: `))).toMatch(/\(DOCUMENT\.[A-Z_]+\)$/);
    const summary = run.stdout.match(/parsed (\d+), duplicates (\d+), refused (\d+), failed (\d+)/);
    expect(summary).not.toBeNull();
    const [parsed, duplicates, refusedCount, failed] = summary!.slice(1).map(Number);
    expect({ total: parsed + refusedCount, duplicates, failed, refusedAtLeast: refusedCount >= mustRefuse.length }).toEqual({
      total: names.length,
      duplicates: 0,
      failed: 0,
      refusedAtLeast: true,
    });
    expect(run.code).toBe(65);
  }, 120_000);

  it('names a missing path and exits with the no-input code', async () => {
    const run = await runCli(['ingest', fixtures('no-such-folder')], { PLAN_LEDGER_DATA_DIR: dataDir });
    expect(run.stderr).toContain('no such file or folder');
    expect(run.code).toBe(66);
  }, 60_000);
});
