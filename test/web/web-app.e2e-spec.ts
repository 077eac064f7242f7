import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { startApi, type RunningApi } from '../e2e/support/api-server';
import { client, createAccount, type Client, type TestAccount } from '../e2e/support/auth';
import { fixtures, repoRoot } from '../e2e/support/paths';
import { launchChromium, screenshot, seriousViolations } from './support/browser';

// Browser globals as seen inside page.evaluate callbacks; the root tsconfig has no DOM lib, and declaring them here keeps them out of the server code.
declare const document: any;
declare const window: any;
declare const DataTransfer: any;
declare const File: any;

/**
 * The web app in a real Chromium against the real API (embedded default, temporary data directory), served
 * the way production serves it: the built app at `/` by the API itself. Build it first: `npm run web:build`.
 */
const dist = path.join(repoRoot, 'apps/web/dist/index.html');
const PLANS = ['000.docx', '001.docx', '002.docx', '003.docx', '004.docx'];
const BAD = 'corrupt.docx';

/** How the search folds: tones and đ off, lower case. */
jest.setTimeout(30_000);

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase();

describe('web app in Chromium', () => {
  let api: RunningApi;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** One person with the three working roles, signed in through the app; `apiAs` reads behind the screens with their key. */
  let person: TestAccount;
  let apiAs: Client;
  /** Carried from one step to the next, as a person would. */
  let opened: { documentId: string; directiveId: string };

  const open = async (pathname: string) => {
    await page.goto(`${api.baseUrl}${pathname}`);
    await page.waitForSelector('main h1');
  };
  const expectAccessible = async () => expect(await seriousViolations(page)).toEqual([]);

  beforeAll(async () => {
    if (!existsSync(dist)) throw new Error('apps/web/dist is missing: run `npm run web:build` first');
    [api, browser] = await Promise.all([startApi(), launchChromium()]);
    person = await createAccount(api.baseUrl, api.dataDir, 'lan.nguyen', ['archivist', 'officer', 'analyst']);
    apiAs = client(api.baseUrl, person.key);
    context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', acceptDownloads: true });
    page = await context.newPage();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    if (api) await fs.rm(api.dataDir, { recursive: true, force: true });
  });

  it('serves the app at / and leaves the API routes to the API', async () => {
    await request(api.baseUrl).get('/api/v1/no-such-route').set('Accept', 'text/html').expect(404);
    await request(api.baseUrl).get('/health').expect(200).expect('Content-Type', /json/);
    const deep = await request(api.baseUrl).get('/tra-cuu?q=x').set('Accept', 'text/html').expect(200);
    expect(deep.text).toContain('<div id="root">');
  });

  it('asks who is there, refuses a wrong password, then opens the first screen of the roles', async () => {
    await open('/');
    expect(await page.locator('main h1').innerText()).toBe('Đăng nhập');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await screenshot(page, '0-dang-nhap');
    await expectAccessible();

    await page.getByLabel('Tên đăng nhập').fill(person.name);
    await page.getByLabel('Mật khẩu').fill('not-the-password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    expect(await page.getByRole('alert').innerText()).toBe('Sai tên đăng nhập hoặc mật khẩu.');

    await page.getByLabel('Mật khẩu').fill(person.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/tiep-nhan$/);
    expect(await page.locator('.account').innerText()).toBe(`Người dùng: ${person.name}`);
  });

  it('takes five plans dropped at once and a bad file chosen by hand, and shows each one settle', async () => {
    await open('/tiep-nhan');
    const files = await Promise.all(PLANS.map(async (name) => ({ name, base64: (await fs.readFile(fixtures('plans', name))).toString('base64') })));
    const drop = await page.evaluateHandle((list) => {
      const transfer = new DataTransfer();
      for (const { name, base64 } of list) transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name));
      return transfer;
    }, files);
    await page.dispatchEvent('.dropzone', 'drop', { dataTransfer: drop });
    await page.setInputFiles('input[type=file]', fixtures('bad', BAD));

    await page.getByRole('status').filter({ hasText: '6/6 tệp đã xử lý xong' }).waitFor({ timeout: 60_000 });
    const rowOf = async (name: string) => {
      const row = page.locator(`tr[data-file="${name}"]`);
      const refusal = /Bị từ chối: (.*)/.exec(await row.innerText());
      return { name, status: await row.locator('[data-status]').last().getAttribute('data-status'), refusal: refusal ? refusal[1].trim() : null };
    };
    for (const name of PLANS) expect(await rowOf(name)).toEqual({ name, status: 'parsed', refusal: null });
    expect(await rowOf(BAD)).toEqual({ name: BAD, status: 'rejected', refusal: 'tệp bị hỏng' });
    await screenshot(page, '1-tiep-nhan');
    await expectAccessible();
  }, 70_000);

  it('shows the same file sent again as a duplicate', async () => {
    await page.setInputFiles('input[type=file]', fixtures('plans', PLANS[0]));
    const row = page.locator(`tr[data-file="${PLANS[0]}"]`).last();
    await row.locator('[data-status="duplicate"]').waitFor();
    expect(await row.innerText()).toContain('Trùng');
  });

  it('switches the interface to English and back', async () => {
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await page.getByRole('link', { name: 'Documents', exact: true }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByLabel('Language').selectOption('vi');
    await page.getByRole('link', { name: 'Văn bản', exact: true }).waitFor();
  });

  it('lists the documents and filters them by status', async () => {
    await open('/van-ban');
    await page.getByRole('status').filter({ hasText: '6 văn bản' }).waitFor();
    await page.getByLabel('Trạng thái').selectOption('parsed');
    await page.getByRole('status').filter({ hasText: '5 văn bản' }).waitFor();
    expect(new URL(page.url()).searchParams.get('status')).toBe('parsed');
    expect(await page.locator('tbody tr').count()).toBe(5);
    await screenshot(page, '2-van-ban');
    await expectAccessible();
  });

  it('finds "tong ket" without diacritics, highlights the match, and keeps the search in a shareable URL', async () => {
    await open('/tra-cuu');
    await page.getByLabel('Từ khoá').fill('tong ket');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=tong\+ket/);
    // Before the search the page lists every directive, unmarked: wait for the answer to this query.
    await page.locator('.hit .snippet mark').first().waitFor();
    const marks = await page.locator('.hit .snippet mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.map(fold).join(' ')).toMatch(/tong|ket/);
    expect(marks.some((m) => m !== fold(m))).toBe(true);

    const shared = await context.newPage();
    await shared.goto(page.url());
    await shared.locator('.hit').first().waitFor();
    expect(await shared.locator('.hit').count()).toBe(await page.locator('.hit').count());
    await shared.close();
    await screenshot(page, '3-tra-cuu');
    await expectAccessible();
  });

  it('opens a result at its directive, highlighted and scrolled into view in the text', async () => {
    const link = page.locator('.hit a').first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForURL(/\/van-ban\/.+nhiem-vu=/);
    const url = new URL(page.url());
    opened = { documentId: url.pathname.split('/').pop()!, directiveId: url.searchParams.get('nhiem-vu')! };
    expect(href).toContain(opened.directiveId);

    const mark = page.locator(`mark#directive-${opened.directiveId}`);
    await mark.waitFor();
    await page.waitForFunction((id) => document.activeElement?.id === `directive-${id}`, opened.directiveId);
    const detail = (await apiAs.get(`/api/v1/documents/${opened.documentId}`).expect(200)).body;
    const directive = detail.directives.find((d: { id: string }) => d.id === opened.directiveId);
    const { text } = (await apiAs.get(`/api/v1/documents/${opened.documentId}/text`).expect(200)).body;
    expect(await mark.innerText()).toBe(text.text.slice(directive.span.start, directive.span.end));
    expect(fold(await mark.innerText())).toContain('tong ket');
    expect(await isVisibleInPane(page, `directive-${opened.directiveId}`)).toBe(true);
    expect(await page.locator('mark[id^="directive-"]').count()).toBe(detail.directives.filter((d: { span: unknown }) => d.span).length);

    const other = detail.directives.find((d: { id: string; span: unknown }) => d.span && d.id !== opened.directiveId);
    await page.locator(`li[data-directive="${other.id}"] button.link`).click();
    await page.waitForFunction((id) => document.activeElement?.id === `directive-${id}`, other.id);
    expect(await isVisibleInPane(page, `directive-${other.id}`)).toBe(true);

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Tải tệp gốc' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.docx$/);
    await screenshot(page, '4-van-ban-chi-tiet');
    await expectAccessible();
  });

  it('corrects a deadline in place and the change is recorded', async () => {
    const item = page.locator(`li[data-directive="${opened.directiveId}"]`);
    await item.getByRole('button', { name: 'Sửa trích xuất' }).click();
    await item.getByLabel('Hạn hoàn thành').fill('2024-06-15');
    await item.getByLabel('Lý do sửa').fill('Đọc sai hạn');
    await item.getByRole('button', { name: 'Lưu sửa đổi' }).click();
    const outcome = page.locator('.notice, form.correction [role=alert]').first();
    await outcome.waitFor();
    expect(await outcome.innerText()).toBe('Đã ghi nhận sửa đổi (DirectiveCorrected).');
    await page.waitForFunction((id) => document.querySelector(`li[data-directive="${id}"] [data-field=due]`)?.textContent?.startsWith('15/06/2024'), opened.directiveId);

    const detail = (await apiAs.get(`/api/v1/documents/${opened.documentId}`).expect(200)).body;
    expect(detail.directives.find((d: { id: string }) => d.id === opened.directiveId).deadline).toMatchObject({ kind: 'date', due: '2024-06-15' });
    await screenshot(page, '5-sua-trich-xuat');
    await expectAccessible();
  });

  it('reads the four buckets per unit as of a date, as the compliance API counts them, with the corrected deadline overdue', async () => {
    const asOf = '2024-07-01';
    await open(`/theo-doi?asOf=${asOf}`);
    await page.locator('table.buckets').waitFor();
    const report = (await apiAs.get(`/api/v1/compliance?asOf=${asOf}`).expect(200)).body;
    for (const bucket of ['onTime', 'late', 'open', 'overdue']) {
      expect({ bucket, shown: Number(await page.locator(`td[data-total="${bucket}"]`).innerText()) }).toEqual({ bucket, shown: report.totals[bucket] });
    }
    expect(await page.locator('table.buckets tbody tr').count()).toBe(report.rows.length);
    expect(await page.locator('svg[role=img] rect').count()).toBeGreaterThan(0);
    await screenshot(page, '6-theo-doi');
    const overdue = page.getByRole('region', { name: 'Quá hạn' });
    const showAll = overdue.getByRole('button', { name: /Xem tất cả/ });
    if (await showAll.count()) await showAll.click();
    // A recurring directive is overdue once per past occurrence: the list shows as many as the API counts.
    const deadlines = (await apiAs.get(`/api/v1/compliance/deadlines?asOf=${asOf}`).expect(200)).body;
    const overdueOccurrences = deadlines.overdue.filter((item: { directiveId: string }) => item.directiveId === opened.directiveId).length;
    expect(overdueOccurrences).toBeGreaterThan(0);
    expect(await overdue.locator(`a[href*="${opened.directiveId}"]`).count()).toBe(overdueOccurrences);
    expect(await page.getByRole('link', { name: 'Tải CSV' }).getAttribute('href')).toContain(`asOf=${asOf}`);
    await expectAccessible();
  });

  it('fits a tablet screen without sideways scrolling, and the keyboard reaches the content first', async () => {
    await page.setViewportSize({ width: 820, height: 1180 });
    await open(`/van-ban/${opened.documentId}`);
    await page.locator('mark').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bỏ qua, đến nội dung chính');
    await screenshot(page, '7-may-tinh-bang');
    await expectAccessible();
  });
});

/** The element lies within the visible part of the text pane (it scrolls on its own) and of the window. */
function isVisibleInPane(page: Page, id: string): Promise<boolean> {
  return page.evaluate((elementId) => {
    const mark = document.getElementById(elementId)!.getBoundingClientRect();
    const pane = document.querySelector('.plan-text')!.getBoundingClientRect();
    const top = Math.max(pane.top, 0);
    const bottom = Math.min(pane.bottom, window.innerHeight);
    return mark.bottom > top && mark.top < bottom;
  }, id);
}
