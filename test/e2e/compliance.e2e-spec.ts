import ICAL from 'ical.js';
import { startApi, waitFor, type RunningApi } from './support/api-server';
import { runCli } from './support/cli';
import { settled, upload } from './support/documents-api';
import { fixtures } from './support/paths';

interface Item {
  directiveId: string;
  text: string;
  due: string | null;
  dueInForce: string | null;
}

/** The compliance workflow over HTTP and the CLI, on plan 001 uploaded to a live api. */
describe('compliance API and CLI', () => {
  let api: RunningApi;
  let documentId: string;
  let office: string;
  const issuer = 'Ủy ban nhân dân xã Xuân Sơn';
  const byText = new Map<string, Item>();
  const directive = (start: string): Item => [...byText.entries()].find(([text]) => text.startsWith(start))![1];
  const post = (id: string, action: string, body: object) =>
    api.http.post(`/api/v1/directives/${id}/${action}`).send(body);
  const report = (query: Record<string, string>) => api.http.get('/api/v1/compliance').query(query);
  const officeRow = (body: { rows: { unitId: string; counts: Record<string, number> }[] }) => body.rows.find((r) => r.unitId === office);

  beforeAll(async () => {
    api = await startApi();
    const res = await upload(api.http, [{ file: fixtures('plans/001.docx') }]).expect(202);
    documentId = res.body[0].id;
    await settled(api.http, documentId);
    const units = await waitFor(async () => {
      const res = await api.http.get('/api/v1/units').query({ issuer });
      return res.body.length > 0 ? res.body : undefined;
    }, 'the units directory');
    office = units.find((u: { aliases: string[] }) => u.aliases.includes('Văn phòng – Thống kê')).unitId;
    const initial = await waitFor(async () => {
      const res = await report({ year: '2022', asOf: '2022-01-10', unit: office });
      return res.body.rows?.length ? res.body : undefined;
    }, 'the compliance read model');
    for (const item of Object.values(initial.rows[0].directives).flat() as Item[]) byText.set(item.text, item);
  }, 120_000);

  afterAll(() => api?.close());

  it('takes lifecycle commands and refuses what the rules forbid, with a code', async () => {
    const summary = directive('Tổ chức Hội nghị tổng kết');
    const res = await post(summary.directiveId, 'complete', { completedOn: '2022-01-20', note: 'Biên bản hội nghị' }).expect(200);
    expect(res.body.appended).toEqual(['DirectiveCompleted']);
    expect((await post(summary.directiveId, 'complete', {}).expect(409)).body.code).toBe('COMMAND.REJECTED');
    expect((await post(directive('Xây dựng kế hoạch').directiveId, 'complete', { completedOn: '2022-01-03' }).expect(409)).body.code).toBe('COMMAND.REJECTED');
    await post(directive('Xây dựng kế hoạch').directiveId, 'complete', { completedOn: '2022-02-03' }).expect(200);
    await post(directive('Xây dựng báo cáo').directiveId, 'extend', { newDue: '2022-07-15', reason: 'chờ số liệu', authorisedBy: '15/TB-UBND', grantedOn: '2022-06-25' }).expect(200);
    await post(directive('Tổ chức Hội nghị phong trào').directiveId, 'cancel', { reason: 'không tổ chức', cancelledOn: '2022-05-01' }).expect(200);
    await post(directive('Tổng hợp gửi sáng kiến').directiveId, 'progress', { percent: 50, note: 'đã nhận 4 sáng kiến' }).expect(200);
    await post(directive('Tổng hợp hồ sơ').directiveId, 'correct', {
      deadline: { kind: 'date', due: '2022-06-30', raw: 'trước 30/6/2022' },
      reason: 'đọc sai ngày',
    }).expect(200);
    expect((await post(directive('Tổng hợp hồ sơ').directiveId, 'extend', { newDue: 'soon', reason: 'x', authorisedBy: 'y' }).expect(400)).body.code).toBe('REQUEST.INVALID');
    expect((await post('00000000-0000-4000-8000-000000000000', 'acknowledge', {}).expect(404)).body.code).toBe('STREAM.NOT_FOUND');
  });

  it('reports the four buckets per unit as of a date, as printed then and as known now', async () => {
    const known = await waitFor(async () => {
      const res = await report({ year: '2022', issuer, asOf: '2022-07-05' });
      const row = officeRow(res.body);
      return row && row.counts.cancelled === 1 && row.counts.overdue === 1 ? row : undefined;
    }, 'the lifecycle events to reach the read model');
    expect(known.counts).toEqual({ onTime: 1, late: 1, open: 4, overdue: 1, noDeadline: 0, cancelled: 1 });
    // Everything above was recorded today, years after 5 July 2022: the report printed that day knew none of it.
    const printed = (await report({ year: '2022', issuer, asOf: '2022-07-05', knownBefore: '2022-07-05' }).expect(200)).body;
    expect(printed.rows).toEqual([]);
    expect((await report({ asOf: '5/7/2022' }).expect(400)).body.code).toBe('REQUEST.INVALID');
  });

  it('lists deadlines within a window', async () => {
    const res = await api.http
      .get('/api/v1/compliance/deadlines')
      .query({ within: '30d', asOf: '2022-07-01', unit: office })
      .expect(200);
    expect(res.body.upcoming.map((d: Item) => [d.text.slice(0, 16), d.dueInForce])).toEqual([['Xây dựng báo cáo', '2022-07-15']]);
    expect(res.body.overdue.map((d: Item) => d.dueInForce)).toEqual(['2022-06-30']);
  });

  it('exports XLSX, CSV and an ICS feed per unit', async () => {
    const xlsx = await api.http.get('/api/v1/compliance/export.xlsx').query({ year: '2022', asOf: '2022-07-05' }).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
    const csv = await api.http.get('/api/v1/compliance/export.csv').query({ table: 'detail', asOf: '2022-07-05' }).expect(200);
    expect(csv.text.startsWith('\uFEFFĐơn vị chủ trì,')).toBe(true);
    expect(csv.text).toContain('20/01/2022');
    const ics = await api.http
      .get(`/api/v1/units/${encodeURIComponent(office)}/deadlines.ics`)
      .query({ asOf: '2022-07-01' })
      .expect(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    const events = new ICAL.Component(ICAL.parse(ics.text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => e.startDate.toString())).toContain('2022-07-15');
  });

  it('merges units, answers citation and series queries', async () => {
    const units = (await api.http.get('/api/v1/units').query({ issuer }).expect(200)).body as { unitId: string; aliases: string[] }[];
    const standing = units.find((u) => u.aliases.some((a) => a.startsWith('Cơ quan Thường trực')))!.unitId;
    await api.http.post(`/api/v1/units/${encodeURIComponent(standing)}/merge`).send({ into: office, reason: 'cùng một công chức' }).expect(200);
    const merged = await waitFor(async () => {
      const res = await api.http.get(`/api/v1/units/${encodeURIComponent(standing)}`);
      return res.body.unitId === office ? res.body : undefined;
    }, 'the merge');
    expect(merged.mergedIds).toEqual([standing]);
    const citing = await api.http.get('/api/v1/citations').query({ kind: 'CHI_THI', number: '34-CT/TW' }).expect(200);
    expect(citing.body.citedBy.map((d: { documentId: string }) => d.documentId)).toEqual([documentId]);
    const series = await api.http.get(`/api/v1/series/${directive('Tổ chức Hội nghị tổng kết').directiveId}`).expect(200);
    expect(series.body.members).toHaveLength(1);
  });

  it('prints the same figures from the CLI', async () => {
    await api.close();
    const run = await runCli(['compliance', '--year', '2022', '--as-of', '2022-07-05', '--issuer', issuer, '--unit', office, '--json'], {
      PLAN_LEDGER_DATA_DIR: api.dataDir,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    // The standing office was merged into this unit: its four directives without a deadline count here now.
    expect(printed.rows[0].counts).toEqual({ onTime: 1, late: 1, open: 4, overdue: 1, noDeadline: 4, cancelled: 1 });
    const text = await runCli(['compliance', '--year', '2022', '--as-of', '2022-07-05'], { PLAN_LEDGER_DATA_DIR: api.dataDir });
    expect(text.stdout).toContain('Văn phòng – Thống kê');
    expect(text.stdout).toContain('Hoàn thành đúng hạn: 0');
  }, 120_000);
});
