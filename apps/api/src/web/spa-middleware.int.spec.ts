import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import express from 'express';
import request from 'supertest';
import { spaMiddleware } from './spa-middleware';

describe('spaMiddleware', () => {
  let dist: string;
  let app: express.Express;

  beforeAll(async () => {
    dist = await mkdtemp(path.join(os.tmpdir(), 'plan-ledger-web-'));
    await mkdir(path.join(dist, 'assets'));
    await writeFile(path.join(dist, 'index.html'), '<div id="root"></div>');
    await writeFile(path.join(dist, 'assets', 'app.js'), 'console.log(1)');
    app = express();
    // Mounted the way Nest mounts middleware for '{*path}', which cuts the matched path off req.url.
    app.use('/{*path}', spaMiddleware(dist));
    app.get('/api/v1/documents', (_req, res) => res.json({ total: 0 }));
    app.use((_req, res) => res.status(404).json({ code: 'REQUEST.NOT_FOUND' }));
  });

  afterAll(() => rm(dist, { recursive: true, force: true }));

  it.each([
    ['the app at /', '/', 'text/html', 200, '<div id="root">'],
    ['a page of the app', '/van-ban/123?nhiem-vu=4', 'text/html', 200, '<div id="root">'],
    ['a built file', '/assets/app.js', '*/*', 200, 'console.log(1)'],
    ['a missing file', '/assets/missing.js', '*/*', 404, 'REQUEST.NOT_FOUND'],
    ['an API route', '/api/v1/documents', 'text/html', 200, '"total":0'],
    ['an unknown API route, from a browser', '/api/v1/nothing', 'text/html', 404, 'REQUEST.NOT_FOUND'],
    ['OpenAPI JSON', '/docs-json', 'text/html', 404, 'REQUEST.NOT_FOUND'],
    ['a page asked for as JSON', '/van-ban', 'application/json', 404, 'REQUEST.NOT_FOUND'],
  ])('%s', async (_label, url, accept, status, body) => {
    const res = await request(app).get(url).set('Accept', accept);
    expect(res.status).toBe(status);
    expect(res.text).toContain(body);
  });
});
