import { promises as fs } from 'node:fs';
import { startApi, type RunningApi } from './support/api-server';
import { settled, upload } from './support/documents-api';
import { fixtures } from './support/paths';

/** Each limit from Settings, end to end: set low, it refuses a sample plan with its own code and says why. */
describe('configurable limits', () => {
  const started: RunningApi[] = [];
  const withLimits = async (env: Record<string, string>) => {
    const api = await startApi({ env: { PLAN_LEDGER_JOB_ATTEMPTS: '1', ...env } });
    started.push(api);
    return api;
  };

  afterAll(async () => {
    for (const api of started) {
      await api.close();
      await fs.rm(api.dataDir, { recursive: true, force: true });
    }
  });

  it('refuses a file over PLAN_LEDGER_MAX_UPLOAD_BYTES at once (413)', async () => {
    const api = await withLimits({ PLAN_LEDGER_MAX_UPLOAD_BYTES: '10000' });
    const res = await upload(api.http, [{ file: fixtures('plans', '001.docx') }]);
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 413, code: 'DOCUMENT.TOO_LARGE' });
  });

  it('refuses more files in one request than PLAN_LEDGER_MAX_FILES_PER_UPLOAD (400)', async () => {
    const api = await withLimits({ PLAN_LEDGER_MAX_FILES_PER_UPLOAD: '2' });
    const res = await upload(api.http, ['000', '001', '002'].map((n) => ({ file: fixtures('text', `${n}.txt`) })));
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'REQUEST.INVALID' });
    expect(res.body.message).toMatch(/too many files/i);
  });

  it('rejects a PDF over PLAN_LEDGER_MAX_PAGES, naming the count and the limit', async () => {
    const api = await withLimits({ PLAN_LEDGER_MAX_PAGES: '1' });
    const [receipt] = (await upload(api.http, [{ file: fixtures('plans', '001.pdf') }]).expect(202)).body;
    const doc = await settled(api.http, receipt.id);
    expect([doc.status, doc.rejection.code]).toEqual(['rejected', 'DOCUMENT.TOO_MANY_PAGES']);
    expect(doc.rejection.reason).toMatch(/has \d+ pages, more than the limit of 1$/);
  });

  it('rejects a DOCX whose text unpacks over PLAN_LEDGER_MAX_UNPACKED_BYTES', async () => {
    const api = await withLimits({ PLAN_LEDGER_MAX_UNPACKED_BYTES: '20000' });
    const [receipt] = (await upload(api.http, [{ file: fixtures('plans', '001.docx') }]).expect(202)).body;
    const doc = await settled(api.http, receipt.id);
    expect([doc.status, doc.rejection.code]).toEqual(['rejected', 'DOCUMENT.UNPACKED_TOO_LARGE']);
    expect(doc.rejection.reason).toMatch(/limit 20000\)$/);
  });

  it('stops reading a document after PLAN_LEDGER_TEXT_TIMEOUT_MS and records why it failed', async () => {
    const api = await withLimits({ PLAN_LEDGER_TEXT_TIMEOUT_MS: '1' });
    const [receipt] = (await upload(api.http, [{ file: fixtures('edge', 'long-001x40.docx') }]).expect(202)).body;
    const doc = await settled(api.http, receipt.id);
    expect(doc.status).toBe('failed');
    expect(doc.failure.error).toMatch(/^DOCUMENT\.TIMEOUT: .*longer than 1 ms/);
  });
});
