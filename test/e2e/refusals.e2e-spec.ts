import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { startApi, type RunningApi } from './support/api-server';
import { listDir, settled, upload, uploadBytes } from './support/documents-api';
import { fixtures } from './support/paths';

/** What each bad/ file must end as: refused at upload (4xx) or received, then DocumentRejected with this code. */
const BAD_FILES: { file: string; refusal: { status: number; code: string } | { rejected: string[] } | { xxe: true } }[] = [
  { file: 'empty.pdf', refusal: { status: 400, code: 'DOCUMENT.EMPTY' } },
  { file: 'not-a-pdf.pdf', refusal: { status: 415, code: 'DOCUMENT.UNSUPPORTED_TYPE' } },
  { file: 'html-as.docx', refusal: { status: 415, code: 'DOCUMENT.NOT_WORD' } },
  { file: 'legacy.doc', refusal: { status: 415, code: 'DOCUMENT.LEGACY_DOC' } },
  { file: 'truncated.pdf', refusal: { rejected: ['DOCUMENT.CORRUPT'] } },
  { file: 'encrypted.pdf', refusal: { rejected: ['DOCUMENT.ENCRYPTED'] } },
  { file: 'corrupt.docx', refusal: { rejected: ['DOCUMENT.CORRUPT'] } },
  { file: 'zip-bomb.docx', refusal: { rejected: ['DOCUMENT.UNPACKED_TOO_LARGE'] } },
  // With tesseract a blank page reads as no text; without it the scan needs OCR. Either is a clear refusal.
  { file: 'blank-scan.pdf', refusal: { rejected: ['DOCUMENT.NO_TEXT', 'DOCUMENT.NEEDS_OCR'] } },
  { file: 'xxe.docx', refusal: { xxe: true } },
];

describe('refusals over HTTP', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    await api?.close();
    if (api) await fs.rm(api.dataDir, { recursive: true, force: true });
  });

  const documentCount = async () => (await api.http.get('/api/v1/documents').expect(200)).body.total as number;

  describe.each(BAD_FILES)('bad/$file', ({ file, refusal }) => {
    it('ends as a clear refusal with no directive, and the service stays up', async () => {
      const before = await documentCount();
      const res = await upload(api.http, [{ file: fixtures('bad', file) }]);
      if ('status' in refusal) {
        expect({ status: res.status, code: res.body.code }).toEqual(refusal);
        expect(res.body.message).toContain(file);
        expect(await documentCount()).toBe(before);
      } else {
        expect(res.status).toBe(202);
        const doc = await settled(api.http, res.body[0].id);
        if ('rejected' in refusal) {
          expect(doc.status).toBe('rejected');
          expect(refusal.rejected).toContain(doc.rejection.code);
          expect(doc.rejection.reason.length).toBeGreaterThan(5);
          expect(doc.directives).toEqual([]);
        } else {
          // The external entity must never be resolved: the local file's content appears nowhere.
          const hostname = (await fs.readFile('/etc/hostname', 'utf8')).trim();
          expect(['parsed', 'rejected']).toContain(doc.status);
          const text = await api.http.get(`/api/v1/documents/${doc.id}/text`);
          if (hostname.length >= 6) expect(JSON.stringify([doc, text.body])).not.toContain(hostname);
        }
      }
      expect((await api.http.get('/health').expect(200)).body.status).toBe('ok');
    }, 60_000);
  });

  it('leaves no directive row behind from any bad file', async () => {
    const rejected = await api.http.get('/api/v1/documents?status=rejected&limit=200').expect(200);
    const ids = new Set((rejected.body.items as { id: string }[]).map((d) => d.id));
    expect(ids.size).toBeGreaterThanOrEqual(6);
    const all = await api.http.get('/api/v1/directives?limit=200').expect(200);
    expect((all.body.items as { documentId: string }[]).filter((d) => ids.has(d.documentId))).toEqual([]);
  });

  it('refuses a request without the files field with 400', async () => {
    const res = await api.http.post('/api/v1/documents').field('note', 'no file').expect(400);
    expect(res.body.code).toBe('COMMAND.INVALID');
  });

  it('refuses a request that is not multipart with 400', async () => {
    const res = await api.http.post('/api/v1/documents').send({ files: 'plan.pdf' }).expect(400);
    expect(res.body.code).toBe('COMMAND.INVALID');
  });

  it('refuses a file under another field name with 400', async () => {
    const res = await api.http.post('/api/v1/documents').attach('file', fixtures('text', '000.txt')).expect(400);
    expect(res.body.code).toBe('REQUEST.INVALID');
  });

  it('stores a path-like name as data only', async () => {
    const name = '../../etc/passwd.pdf';
    const [receipt] = (await uploadBytes(api.http, await fs.readFile(fixtures('text', '000.txt')), name).expect(202)).body;
    expect(receipt.fileName).toBe(name);
    const doc = await settled(api.http, receipt.id);
    expect([doc.fileName, doc.mediaType, doc.status]).toEqual([name, 'text/plain', 'parsed']);
    const file = await api.http.get(`/api/v1/documents/${receipt.id}/file`).expect(200);
    expect(file.headers['content-disposition']).toContain("filename*=UTF-8''..%2F..%2Fetc%2Fpasswd.pdf");
    expect(file.headers['content-disposition']).not.toMatch(/filename="[^"]*\//);
    const files = [...(await listDir(api.dataDir)), ...(await listDir(path.dirname(api.dataDir)).catch(() => []))];
    expect(files.filter((f) => f.endsWith('passwd.pdf'))).toEqual([]);
  });

  it('stores a 300-character name as given', async () => {
    const name = `${'Kế hoạch thi đua khen thưởng năm 2024 - '.repeat(8)}`.slice(0, 296) + '.txt';
    expect(name.length).toBe(300);
    const [receipt] = (await uploadBytes(api.http, await fs.readFile(fixtures('text', '001.txt')), name).expect(202)).body;
    const doc = await settled(api.http, receipt.id);
    expect(doc.fileName).toBe(name);
    const file = await api.http.get(`/api/v1/documents/${receipt.id}/file`).expect(200);
    expect(decodeURIComponent(file.headers['content-disposition'].split("filename*=UTF-8''")[1])).toBe(name);
  });

  it('refuses a body over the size limit with 413 and writes nothing', async () => {
    const small = await startApi({ env: { PLAN_LEDGER_MAX_UPLOAD_BYTES: '50000' } });
    try {
      const res = await upload(small.http, [{ file: fixtures('plans', '000.pdf') }]);
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 413, code: 'DOCUMENT.TOO_LARGE' });
      expect((await small.http.get('/api/v1/documents').expect(200)).body.total).toBe(0);
      expect((await listDir(path.join(small.dataDir, 'files')).catch(() => [])).length).toBe(0);
    } finally {
      await small.close();
      await fs.rm(small.dataDir, { recursive: true, force: true });
    }
  });
});
