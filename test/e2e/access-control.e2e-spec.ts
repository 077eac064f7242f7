import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import request from 'supertest';
import { makeDataDir, startApi, type RunningApi } from './support/api-server';
import { runCli } from './support/cli';
import { ALL_ROLES, client, createAccount, type Client, type Role } from './support/auth';
import { fixtures } from './support/paths';

const READERS: Role[] = ['officer', 'archivist', 'analyst'];
const SIGNED_IN: Role[] = ALL_ROLES;

/**
 * Who may call what: every route of the api, as the router has it. A route missing here fails the test, so a new
 * route is decided on here and declared on its handler (`@Roles` or `@Public`), or it does not pass.
 */
const ACCESS: Record<string, Role[] | 'public'> = {
  'GET /health': 'public',
  'GET /docs-json': 'public',
  'POST /api/v1/auth/login': 'public',
  'POST /api/v1/auth/logout': SIGNED_IN,
  'GET /api/v1/auth/me': SIGNED_IN,
  'GET /api/v1/users': ['admin'],
  'POST /api/v1/users': ['admin'],
  'POST /api/v1/users/{name}/api-keys': ['admin'],
  'DELETE /api/v1/users/{name}/api-keys/{keyId}': ['admin'],
  'POST /api/v1/documents': ['archivist'],
  'GET /api/v1/documents': READERS,
  'GET /api/v1/documents/{id}': READERS,
  'GET /api/v1/documents/{id}/file': READERS,
  'GET /api/v1/documents/{id}/text': READERS,
  'GET /api/v1/directives': READERS,
  'GET /api/v1/tracker': READERS,
  'GET /api/v1/citations': READERS,
  'GET /api/v1/citations/{documentId}': READERS,
  'GET /api/v1/series': READERS,
  'GET /api/v1/series/{directiveId}': READERS,
  'GET /api/v1/compliance': ['analyst'],
  'GET /api/v1/compliance/deadlines': ['analyst'],
  'GET /api/v1/compliance/export.xlsx': ['analyst'],
  'GET /api/v1/compliance/export.csv': ['analyst'],
  'GET /api/v1/units': ['analyst', 'admin'],
  'GET /api/v1/units/{id}': ['analyst', 'admin'],
  'GET /api/v1/units/{id}/deadlines.ics': ['analyst'],
  'POST /api/v1/units/{id}/merge': ['admin'],
  'POST /api/v1/units/{id}/rename': ['admin'],
  ...Object.fromEntries(
    ['acknowledge', 'progress', 'complete', 'reopen', 'extend', 'cancel', 'correct'].map((action) => [`POST /api/v1/directives/{directiveId}/${action}`, ['archivist'] as Role[]]),
  ),
};

/** Swagger UI's own routes (the page, its assets, the document): served to anyone, the API's description is no secret. */
const SWAGGER = /^GET \/docs([/-]|$)/;

/** Routes as Express holds them (Nest registers each handler there), in OpenAPI's `{param}` spelling. */
function routerRoutes(api: RunningApi): string[] {
  const router = api.app.getHttpAdapter().getInstance().router as { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  return router.stack
    .filter((layer) => layer.route)
    .flatMap(({ route }) => Object.keys(route!.methods).filter((m) => m !== '_all').map((m) => `${m.toUpperCase()} ${route!.path.replace(/:(\w+)/g, '{$1}')}`));
}

const SAMPLE_PARAM = '00000000-0000-4000-8000-000000000000';
const send = (http: Client | ReturnType<typeof request>, route: string) => {
  const [method, template] = route.split(' ');
  const url = template.replace(/\{\w+\}/g, SAMPLE_PARAM);
  const req = method === 'GET' ? http.get(url) : method === 'DELETE' ? http.delete(url) : http.post(url).send({});
  return req.set('Accept', 'application/json');
};

describe('access control', () => {
  let api: RunningApi;
  /** One account per role, each holding that role only. */
  const asRole = new Map<Role, Client>();
  let names: Record<Role, string>;

  beforeAll(async () => {
    api = await startApi();
    names = { archivist: 'luu-tru', officer: 'can-bo', analyst: 'phan-tich', admin: 'quan-tri' };
    for (const role of ALL_ROLES) asRole.set(role, client(api.baseUrl, (await createAccount(api.baseUrl, api.dataDir, names[role], [role])).key));
  }, 60_000);

  afterAll(async () => {
    await api?.close();
    if (api) await fs.rm(api.dataDir, { recursive: true, force: true });
  });

  it('knows every route the router serves, and the OpenAPI document hides none', async () => {
    const routes = routerRoutes(api);
    expect(routes.length).toBeGreaterThan(25);
    expect(routes.filter((r) => !(r in ACCESS) && !SWAGGER.test(r))).toEqual([]);
    const openApi = (await request(api.baseUrl).get('/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(openApi.paths).flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${p}`));
    expect(documented.sort()).toEqual(routes.filter((r) => !SWAGGER.test(r)).sort());
  });

  it.each(Object.entries(ACCESS))('%s: refuses no sign-in and every other role, lets its roles through', async (route, allowed) => {
    const anonymous = await send(request(api.baseUrl), route);
    if (allowed === 'public') {
      expect(anonymous.status).not.toBe(401);
      expect(anonymous.status).not.toBe(403);
      return;
    }
    expect({ route, status: anonymous.status, code: anonymous.body.code }).toEqual({ route, status: 401, code: 'AUTH.REQUIRED' });
    expect(anonymous.headers['www-authenticate']).toBe('Bearer realm="plan-ledger"');
    const wrongKey = await send(client(api.baseUrl, 'pl_not-a-key'), route);
    expect({ route, status: wrongKey.status }).toEqual({ route, status: 401 });
    for (const role of ALL_ROLES) {
      const res = await send(asRole.get(role)!, route);
      if (allowed.includes(role)) expect({ route, role, refused: [401, 403].includes(res.status) }).toEqual({ route, role, refused: false });
      else expect({ route, role, status: res.status, code: res.body.code }).toEqual({ route, role, status: 403, code: 'AUTH.FORBIDDEN' });
    }
  });

  it('records the signed-in account and the role it acted under as the actor of every event', async () => {
    const both = await createAccount(api.baseUrl, api.dataDir, 'lan.nguyen', ['officer', 'archivist']);
    const res = await client(api.baseUrl, both.key).post('/api/v1/documents').attach('files', fixtures('text', '000.txt')).expect(202);
    const db = new Database(path.join(api.dataDir, 'events.sqlite'), { readonly: true });
    try {
      const actorOf = (stream: string, type: string) =>
        JSON.parse((db.prepare('SELECT metadata FROM events WHERE stream_id = ? AND type = ?').get(stream, type) as { metadata: string }).metadata).actor;
      expect(actorOf(`document-${res.body[0].id}`, 'DocumentReceived')).toEqual({ user: 'lan.nguyen', role: 'archivist' });
      expect(actorOf('user-lan.nguyen', 'UserCreated')).toEqual({ user: 'admin', role: 'admin' });
      const secrets = db.prepare("SELECT data FROM events WHERE stream_id LIKE 'user-%'").all() as { data: string }[];
      expect(secrets.map((e) => e.data).join('\n')).not.toContain(both.key);
      expect(secrets.map((e) => e.data).join('\n')).not.toContain(both.password);
    } finally {
      db.close();
    }
  });

  it('signs in with a password into a session cookie, and signs out', async () => {
    const account = await createAccount(api.baseUrl, api.dataDir, 'thu.tran', ['officer']);
    const wrong = await request(api.baseUrl).post('/api/v1/auth/login').send({ name: account.name, password: 'sai mật khẩu' }).expect(401);
    expect(wrong.body.code).toBe('AUTH.INVALID_CREDENTIALS');
    expect((await request(api.baseUrl).post('/api/v1/auth/login').send({ name: 'nobody', password: 'whatever1' }).expect(401)).body.code).toBe('AUTH.INVALID_CREDENTIALS');
    const browser = request.agent(api.baseUrl);
    const login = await browser.post('/api/v1/auth/login').send({ name: account.name, password: account.password }).expect(200);
    expect(login.headers['set-cookie'][0]).toMatch(/^plan_ledger_session=[\w-]{40,}; .*HttpOnly; SameSite=Strict/);
    expect((await browser.get('/api/v1/auth/me').expect(200)).body).toEqual({ name: 'thu.tran', roles: ['officer'], via: 'session' });
    await browser.get('/api/v1/documents').expect(200);
    await browser.get('/api/v1/compliance').expect(403);
    await browser.post('/api/v1/auth/logout').expect(204);
    expect((await browser.get('/api/v1/documents').expect(401)).body.code).toBe('AUTH.REQUIRED');
  });

  it('stops a revoked API key at once', async () => {
    const account = await createAccount(api.baseUrl, api.dataDir, 'script', ['officer']);
    const script = client(api.baseUrl, account.key);
    await script.get('/api/v1/documents').expect(200);
    const admin = asRole.get('admin')!;
    const listed = (await admin.get('/api/v1/users').expect(200)).body as { name: string; keys: { keyId: string; revokedAt: string | null }[] }[];
    const { keyId } = listed.find((u) => u.name === 'script')!.keys[0];
    await admin.delete(`/api/v1/users/script/api-keys/${keyId}`).expect(200);
    expect((await script.get('/api/v1/documents').expect(401)).body.code).toBe('AUTH.REQUIRED');
  });
});

describe('rate limits', () => {
  let api: RunningApi;
  beforeAll(async () => {
    api = await startApi({ env: { PLAN_LEDGER_RATE_LIMIT: '12', PLAN_LEDGER_LOGIN_RATE_LIMIT: '3', PLAN_LEDGER_RATE_WINDOW_MS: '60000' } });
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    if (api) await fs.rm(api.dataDir, { recursive: true, force: true });
  });

  it('limits sign-in attempts on their own, lower limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await request(api.baseUrl).post('/api/v1/auth/login').send({ name: 'e2e', password: 'guess-guess' })).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it('answers 429 with a code and Retry-After beyond the configured limit, and keeps /health open', async () => {
    const statuses: number[] = [];
    let refused: request.Response | undefined;
    for (let i = 0; i < 15; i++) {
      const res = await api.http.get('/api/v1/documents');
      statuses.push(res.status);
      if (res.status === 429) refused ??= res;
    }
    // The sign-in attempts above count in the same window: one count per client across all routes.
    expect(statuses.filter((s) => s === 200).length).toBeLessThan(12);
    expect(statuses.slice(-3)).toEqual([429, 429, 429]);
    expect(refused!.body.code).toBe('REQUEST.RATE_LIMITED');
    expect(refused!.body.message).toContain('at most 12 per 60 s');
    expect(Number(refused!.headers['retry-after'])).toBeGreaterThan(0);
    await request(api.baseUrl).get('/health').expect(200);
  });
});

describe('accounts from the command line', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await makeDataDir();
  });
  afterAll(() => fs.rm(dataDir, { recursive: true, force: true }));

  it('creates an admin and a script key before the first start, so no bootstrap key is issued', async () => {
    const env = { PLAN_LEDGER_DATA_DIR: dataDir };
    expect((await runCli(['users', 'create-admin', '--name', 'chi.pham', '--password', 'mật-khẩu-dài'], env)).code).toBe(0);
    const issued = await runCli(['api-key', 'create', '--name', 'nhap-lieu', '--role', 'archivist', '--label', 'nightly import'], env);
    expect(issued.code).toBe(0);
    const key = issued.stdout.trim();
    expect(key).toMatch(/^pl_[\w-]{43}$/);
    expect((await runCli(['users', 'create', '--name', 'x', '--role', 'boss'], env)).code).toBe(64);

    const api = await startApi({ dataDir });
    try {
      expect(await fs.readFile(path.join(dataDir, 'bootstrap-admin.key'), 'utf8').catch(() => null)).toBeNull();
      await request(api.baseUrl).post('/api/v1/auth/login').send({ name: 'chi.pham', password: 'mật-khẩu-dài' }).expect(200);
      expect((await client(api.baseUrl, key).get('/api/v1/auth/me').expect(200)).body).toEqual({ name: 'nhap-lieu', roles: ['archivist'], via: 'api-key' });
    } finally {
      await api.close();
    }
  }, 90_000);
});
