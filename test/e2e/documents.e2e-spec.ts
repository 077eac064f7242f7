import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { startApi, type RunningApi } from './support/api-server';
import { settled, upload, type Receipt } from './support/documents-api';
import { fixtures } from './support/paths';

/** Folds as the search is specified to: tones and đ, for telling exact-diacritic hits from folded ones. */
const lower = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi');

describe('documents and directives over HTTP (embedded default)', () => {
  let api: RunningApi;
  let receipts: Receipt[];
  const details = new Map<string, { fileName: string; status: string; directives: { id: string; text: string; span: { start: number; end: number } | null }[]; counts: { directives: number } }>();

  beforeAll(async () => {
    api = await startApi();
    const plans = (await fs.readdir(fixtures('plans'))).sort().map((name) => ({ file: fixtures('plans', name) }));
    const res = await upload(api.http, plans).expect(202);
    receipts = res.body;
    for (const receipt of receipts) details.set(receipt.fileName, await settled(api.http, receipt.id));
  }, 180_000);

  afterAll(async () => {
    await api?.close();
    if (api) await fs.rm(api.dataDir, { recursive: true, force: true });
  });

  it('accepts all ten plans in one request, each as a new document', () => {
    expect(receipts.map((r) => r.fileName).sort()).toEqual(['000.docx', '000.pdf', '001.docx', '001.pdf', '002.docx', '002.pdf', '003.docx', '003.pdf', '004.docx', '004.pdf']);
    expect(new Set(receipts.map((r) => r.id)).size).toBe(10);
    expect(receipts.every((r) => r.duplicate === false && r.status === 'received')).toBe(true);
  });

  it('parses every plan and returns its directives', () => {
    for (const [fileName, doc] of details) {
      expect({ fileName, status: doc.status }).toEqual({ fileName, status: 'parsed' });
      expect({ fileName, directives: doc.directives.length > 0 }).toEqual({ fileName, directives: true });
      expect(doc.directives.length).toBe(doc.counts.directives);
    }
  });

  it('lists the documents with paging', async () => {
    const all = await api.http.get('/api/v1/documents?status=parsed&limit=200').expect(200);
    expect(all.body.total).toBe(10);
    const page = await api.http.get('/api/v1/documents?limit=3&offset=9').expect(200);
    expect([page.body.total, page.body.items.length]).toEqual([10, 1]);
  });

  it('serves the original bytes with the sniffed type and the stored name', async () => {
    const receipt = receipts.find((r) => r.fileName === '001.pdf')!;
    const res = await api.http.get(`/api/v1/documents/${receipt.id}/file`).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/pdf/);
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''001.pdf");
    expect(Buffer.compare(res.body as Buffer, await fs.readFile(fixtures('plans', '001.pdf')))).toBe(0);
  });

  it('serves the stored PlanText with each directive span inside it', async () => {
    const receipt = receipts.find((r) => r.fileName === '002.docx')!;
    const res = await api.http.get(`/api/v1/documents/${receipt.id}/text`).expect(200);
    const { text } = res.body.text;
    expect(text.length).toBeGreaterThan(1000);
    expect(res.body.text.source).toBe('docx');
    expect(res.body.directives.length).toBe(details.get('002.docx')!.directives.length);
    for (const { span } of res.body.directives) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(text.length);
      expect(span.end).toBeGreaterThan(span.start);
    }
  });

  it('takes the same bytes again as the same document', async () => {
    const again = await upload(api.http, [{ file: fixtures('plans', '003.docx'), name: 'copy of 003.docx' }]).expect(202);
    const first = receipts.find((r) => r.fileName === '003.docx')!;
    expect(again.body).toEqual([{ id: first.id, fileName: 'copy of 003.docx', status: 'parsed', duplicate: true }]);
    const list = await api.http.get('/api/v1/documents').expect(200);
    expect(list.body.total).toBe(10);
  });

  it('reads the type from the bytes: a PDF named .docx is processed as a PDF', async () => {
    const [receipt] = (await upload(api.http, [{ file: fixtures('edge', 'pdf-named-002.docx') }]).expect(202)).body;
    const doc = await settled(api.http, receipt.id);
    expect([doc.status, doc.mediaType]).toEqual(['parsed', 'application/pdf']);
    expect(doc.directives.length).toBeGreaterThan(0);
  });

  describe('search', () => {
    const search = (query: Record<string, string | number>) => api.http.get('/api/v1/directives').query(query).expect(200);

    it.each(['khen thuong', 'thi dua', 'dang ky'])('finds directives for "%s" without diacritics', async (q) => {
      const res = await search({ q });
      expect(res.body.total).toBeGreaterThan(0);
      expect(res.body.items.length).toBeGreaterThan(0);
    });

    it('ranks exact-diacritic matches of "thi đua" before folded ones', async () => {
      const res = await search({ q: 'thi đua', limit: 200 });
      const exact = (res.body.items as { text: string }[]).map((item) => lower(item.text).includes('thi đua'));
      expect(exact[0]).toBe(true);
      const firstFolded = exact.indexOf(false);
      if (firstFolded !== -1) expect(exact.slice(firstFolded)).not.toContain(true);
      expect(res.body.total).toBe((await search({ q: 'thi dua', limit: 1 })).body.total);
    });

    it('finds nothing for a word in no plan', async () => {
      const res = await search({ q: 'xylophonequark' });
      expect([res.body.total, res.body.items]).toEqual([0, []]);
    });

    it('gives unit facet counts equal to the rows a unit filter returns', async () => {
      const res = await search({ q: 'thi dua', limit: 1 });
      const units = res.body.facets.unit as { value: string; count: number }[];
      expect(units.length).toBeGreaterThan(0);
      for (const { value, count } of units.slice(0, 8)) {
        const filtered = await search({ q: 'thi dua', unit: value, limit: 200 });
        expect({ unit: value, total: filtered.body.total }).toEqual({ unit: value, total: count });
      }
    });

    it('refuses a malformed date filter with 400 and a code', async () => {
      const res = await api.http.get('/api/v1/directives?dueFrom=31-12-2024').expect(400);
      expect(res.body.code).toBe('REQUEST.INVALID');
      expect(res.body.message).toContain('dueFrom');
    });
  });

  it('answers the tracker as of a date', async () => {
    const res = await api.http.get('/api/v1/tracker?asOf=2030-01-01').expect(200);
    expect(res.body.length).toBeGreaterThan(0);
    const dated = (res.body as { due: string | null; overdue: boolean; status: string }[]).filter((i) => i.due && i.status === 'open');
    expect(dated.every((i) => i.overdue === i.due! < '2030-01-01')).toBe(true);
  });

  it('answers 404 with a code for an unknown document and 400 for a malformed id', async () => {
    const missing = await api.http.get('/api/v1/documents/00000000-0000-8000-8000-000000000000').expect(404);
    expect(missing.body.code).toBe('DOCUMENT.NOT_FOUND');
    const malformed = await api.http.get('/api/v1/documents/not-an-id').expect(400);
    expect(malformed.body.code).toBe('REQUEST.INVALID');
  });

  it('publishes OpenAPI at /docs and health at /health', async () => {
    const spec = await api.http.get('/docs-json').expect(200);
    expect(Object.keys(spec.body.paths)).toEqual(expect.arrayContaining(['/api/v1/documents', '/api/v1/documents/{id}/file', '/api/v1/directives', '/api/v1/tracker', '/health']));
    await api.http.get('/docs').expect(200);
    expect((await api.http.get('/health').expect(200)).body.status).toBe('ok');
  });

  it('keeps files content-addressed under the data directory', async () => {
    const stored = await fs.readdir(path.join(api.dataDir, 'files'));
    expect(stored.filter((d) => d !== 'tmp').every((d) => /^[0-9a-f]{2}$/.test(d))).toBe(true);
  });
});
