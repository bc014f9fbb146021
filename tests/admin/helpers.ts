/**
 * Shared by the /admin/ tests: the fixture site (a test site, built with its staff
 * form saving to CMS_OWNER/CMS_REPO), served, and Sveltia's interface driven as staff would.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { GitHubMock } from '../support/github-mock.ts';
import { signInWithToken } from '../support/admin-ui.ts';
export { addItem, fill, openSeed, pick, reveal, save, signInWithToken } from '../support/admin-ui.ts';
import { addItem, fill, pick } from '../support/admin-ui.ts';
import { CMS_OWNER, CMS_REPO, SEED_YAML } from '../support/paths.ts';

export const OWNER = CMS_OWNER;
export const REPO = CMS_REPO;
export const SEED_PATH = 'content/notices/duong-day-nong-2026-05.yaml';
export const SEED = readFileSync(SEED_YAML, 'utf8');

/** Every request the page makes, and those that would leave the site (data:/blob: stay in the browser). */
export function recordRequests(page: Page, siteOrigin: string) {
  const all: string[] = [];
  let inFlight = 0;
  let lastActivity = Date.now();
  const activity = (delta: number) => () => {
    inFlight += delta;
    lastActivity = Date.now();
  };
  page.on('request', (r) => all.push(`${r.method()} ${r.url()}`));
  page.on('request', activity(1));
  page.on('requestfinished', activity(-1));
  page.on('requestfailed', activity(-1));
  return {
    all,
    external: () => all.filter((r) => !/^\w+ (data:|blob:)/.test(r) && !r.split(' ')[1]!.startsWith(siteOrigin)),
    /** Resolves once no request is under way and none has started or ended for `ms`. */
    quiet: async (ms = 1000) => {
      for (;;) {
        const idle = Date.now() - lastActivity;
        if (inFlight <= 0 && idle >= ms) return;
        await new Promise((r) => setTimeout(r, Math.max(50, ms - idle)));
      }
    },
  };
}

/**
 * Sveltia's own preview iframe is sandboxed with allow-scripts and allow-same-origin, which
 * Chromium warns about; it is Sveltia's markup, not ours (README: what belongs to Sveltia).
 */
const SVELTIA_WARNINGS = [/^An iframe which has both allow-scripts and allow-same-origin for its sandbox attribute can escape its sandboxing\.$/];

export function recordConsole(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' && SVELTIA_WARNINGS.some((w) => w.test(m.text()))) return;
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

/** Sveltia is a large application: on a busy 2-core machine its first screen can take half a minute. */
export const SLOW = 90_000;

export async function newContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  // vi-VN: otherwise Sveltia offers to switch to the browser's language in an infobar.
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 }, ...options });
  context.setDefaultTimeout(SLOW);
  return context;
}

/** A line diff (longest common subsequence): the lines only `a` has and the lines only `b` has. */
export function lineDiff(a: string, b: string): { removed: string[]; added: string[] } {
  const x = a.split('\n');
  const y = b.split('\n');
  const l = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--) for (let j = y.length - 1; j >= 0; j--) l[i]![j] = x[i] === y[j] ? l[i + 1]![j + 1]! + 1 : Math.max(l[i + 1]![j]!, l[i]![j + 1]!);
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) (i++, j++);
    else if (j >= y.length || (i < x.length && l[i + 1]![j]! >= l[i]![j + 1]!)) removed.push(x[i++]!);
    else added.push(y[j++]!);
  }
  return { removed, added };
}

/**
 * The staff form of a served site, signed in to a mock GitHub repository holding `files`
 * (path → text; by default the seed notice). Every request and console problem is recorded.
 * `signIn: false` leaves it at its sign-in screen, for a test of that screen to sign in itself;
 * `context` adds options of the browser context (a user's settings, such as reduced motion).
 */
export async function openForm(
  site: { url: string; browser: Browser },
  files: Record<string, string> = { [SEED_PATH]: SEED, 'README.md': '# Thông báo\n' },
  { draftBackup = true, signIn = true, context: contextOptions }: { draftBackup?: boolean; signIn?: boolean; context?: Parameters<Browser['newContext']>[0] } = {},
) {
  const context = await newContext(site.browser, contextOptions);
  const gh = new GitHubMock({ owner: OWNER, repo: REPO, files });
  await gh.install(context);
  if (!draftBackup) {
    // Sveltia's "Tự động sao lưu bản nháp" off (its preference in localStorage, set before its code runs).
    await context.addInitScript(() => {
      const prefs = JSON.parse(localStorage.getItem('sveltia-cms.prefs') ?? '{}') ?? {};
      localStorage.setItem('sveltia-cms.prefs', JSON.stringify({ ...prefs, useDraftBackup: false }));
    });
  }
  const page = await context.newPage();
  const requests = recordRequests(page, site.url);
  const problems = recordConsole(page);
  await page.goto(`${site.url}/admin/`);
  if (signIn) await signInWithToken(page, gh.token);
  return { context, page, gh, requests, problems };
}

type Form = Awaited<ReturnType<typeof openForm>>;

/**
 * One signed-in form shared by the tests of a file that commit nothing: loading Sveltia, signing
 * in and reading the repository cost ≈ 4 s of CPU on this machine each time, more than most such
 * tests' own steps. `take()` gives it at the list of notices (what a test left unsaved discarded
 * on the way back, as staff would with the editor's ← button), its console problems counted from
 * there; `close()` in the file's afterAll. The stand-in (`gh`) and its requests are the session's.
 *
 * `atSignIn()` gives the form before anyone has signed in, at Sveltia's sign-in screen, for a
 * test of that screen (which then signs in as staff do): the file's first test to use the form.
 * Taken later (the form already signed in: the file's order changed, or `-t` picked tests),
 * it is a form of its own, as fresh as the first, closed with the shared one.
 */
export function sharedForm(site: () => { url: string; browser: Browser }, files?: Record<string, string>) {
  let form: Promise<Form> | undefined;
  const own: Promise<Form>[] = [];
  // Without Sveltia's backups of unsaved drafts: a test reopening a notice another test left
  // unsaved finds it as the repository has it (as in a browser of its own), not a "Khôi phục
  // bản nháp" question about the other test's edits.
  const open = (signIn: boolean) => openForm(site(), files, { draftBackup: false, signIn });
  return {
    async atSignIn() {
      if (form) {
        const f = open(false);
        own.push(f);
        return f;
      }
      form = open(false);
      return form;
    },
    async take() {
      form ??= open(true);
      const f = await form;
      // A test of the sign-in screen that stopped before signing in.
      const signIn = f.page.getByRole('button', { name: 'Đăng nhập bằng mã truy cập' });
      if (await signIn.isVisible()) await signInWithToken(f.page, f.gh.token);
      await backToList(f.page);
      f.problems.length = 0;
      return f;
    },
    async close() {
      await Promise.all([form, ...own].map(async (f) => (f ? (await f).context.close() : undefined)));
    },
  };
}

/**
 * Back to the list of notices from an open notice, its unsaved changes discarded, as staff would:
 * a message a test left open (a refused save's) acknowledged, "Hủy chỉnh sửa", then "discard?"
 * confirmed if Sveltia asks. Sveltia's dialogs fade in and out, and it asks only when something
 * changed, so each step is taken from what is on screen at that moment until the list is shown,
 * not from a guess at the order (a dialog still fading out once looked like the confirmation).
 */
export async function backToList(page: Page) {
  const list = page.getByRole('button', { name: 'Tạo thông báo mới' }).locator('visible=true').first();
  const cancel = page.getByRole('button', { name: 'Hủy chỉnh sửa' }).locator('visible=true').first();
  // Its last button: "OK" on a message, "discard" on the confirmation.
  const dialogButton = page.locator('dialog[open]').getByRole('button').locator('visible=true').last();
  const step = { timeout: 5_000 };
  await expect
    .poll(
      async () => {
        if (await list.isVisible()) return true;
        if (await dialogButton.isVisible()) await dialogButton.click(step).catch(() => undefined);
        else if (await cancel.isVisible()) await cancel.click(step).catch(() => undefined);
        return list.isVisible();
      },
      { timeout: 60_000, message: 'back to the list of notices' },
    )
    .toBe(true);
}

/**
 * A new notice typed into the form field by field, as staff would (its file name is typed last,
 * on save); its number and date those given, each field typed once.
 */
export async function fillNewNotice(page: Page, { subject = 'Lịch trực đường dây nóng dịp nghỉ lễ', sequence = '21', date = '2026-07-01' }: { subject?: string; sequence?: string; date?: string } = {}) {
  await fill(page, 'issuer.parent', 'UBND THÀNH PHỐ HẢI PHÒNG');
  await fill(page, 'issuer.name', 'SỞ NGOẠI VỤ');
  await fill(page, 'issuer.fullName', 'Sở Ngoại vụ thành phố Hải Phòng');
  await fill(page, 'number.sequence', sequence);
  await fill(page, 'number.symbol', 'TB-NV');
  await fill(page, 'place', 'Hải Phòng');
  await fill(page, 'date', date);
  await pick(page, 'documentType', 'THÔNG BÁO');
  await fill(page, 'subject', subject);
  await addItem(page, 'opening');
  await fill(page, 'opening.0.text', 'Sở Ngoại vụ thông báo lịch trực đường dây nóng như sau:');
  await fill(page, 'hotlines.heading', 'Số điện thoại đường dây nóng');
  await addItem(page, 'hotlines.contacts');
  await pick(page, 'hotlines.contacts.0.honorific', 'Ông');
  await fill(page, 'hotlines.contacts.0.name', 'Đỗ Quang Minh');
  await fill(page, 'hotlines.contacts.0.post', 'Chánh Văn phòng Sở Ngoại vụ');
  await fill(page, 'hotlines.contacts.0.phone', '0934.336.639');
  await fill(page, 'hours.heading', 'Thời gian trực:');
  await fill(page, 'hours.text', 'Từ 07 giờ 30 đến 17 giờ các ngày nghỉ lễ.');
  await fill(page, 'address.heading', 'Địa chỉ tiếp nhận trực tiếp:');
  await fill(page, 'address.text', 'Số 15 Trần Quang Khải, Phường Hồng Bàng, Thành phố Hải Phòng.');
  await fill(page, 'closing', 'Sở Ngoại vụ trân trọng thông báo./.');
  await addItem(page, 'recipients');
  await fill(page, 'recipients.0', 'Các phòng thuộc Sở');
  await fill(page, 'archive', 'VT');
  await fill(page, 'signer.post', 'GIÁM ĐỐC');
  await fill(page, 'signer.name', 'Trần Thị Quỳnh Trang');
}

/**
 * How long a test waits for the preview to show an edit. The preview follows the form without
 * a reload or a save; expect.poll's own default (1 s, each reading of the pane a round trip to
 * Chromium) is shorter than one such reading on a loaded 2-core machine.
 */
export const PREVIEW_WAIT = { timeout: 15_000 };

/** What the preview says while a notice lacks a required field (src/cms/preview.ts). */
export const PREVIEW_MISSING = 'Bản xem trước hiện khi thông báo có đủ các trường bắt buộc.';

/** Sveltia's English (or its word for an entry, "bài viết") in what a page shows or names. */
export async function foreignWords(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  const labels = await page.locator('[aria-label], [title], [placeholder]').evaluateAll((es) => es.map((e) => [e.getAttribute('aria-label'), e.getAttribute('title'), e.getAttribute('placeholder')].join(' ')).join('\n'));
  return [...`${text}\n${labels}`.matchAll(/(?<![\p{L}\p{N}])(Slug|Show Errors|Contents|List Item Options|Mo|Tu|We|Th|Fr|Sa|Su)(?![\p{L}\p{N}])|bài viết|[Đđ]ường dẫn tĩnh|Vui lòng thử lại sau/gu)].map((m) => m[0]);
}

/** The preview pane's document (Sveltia's iframe). */
export function previewOf(page: Page) {
  const frame = page.locator('iframe.preview').contentFrame();
  return { frame, official: frame.locator('.official'), body: frame.locator('body') };
}
