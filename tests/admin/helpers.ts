/**
 * Shared by the /admin/ tests: the fixture site (built by the global setup with its staff
 * form saving to CMS_OWNER/CMS_REPO), served, and Sveltia's interface driven as staff would.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CMS_OWNER, CMS_REPO, SEED_YAML } from '../support/paths.ts';

export const OWNER = CMS_OWNER;
export const REPO = CMS_REPO;
export const SEED_PATH = 'content/notices/duong-day-nong-2026-05.yaml';
export const SEED = readFileSync(SEED_YAML, 'utf8');

/** Every request the page makes, and those that would leave the site (data:/blob: stay in the browser). */
export function recordRequests(page: Page, siteOrigin: string) {
  const all: string[] = [];
  page.on('request', (r) => all.push(`${r.method()} ${r.url()}`));
  return {
    all,
    external: () => all.filter((r) => !/^\w+ (data:|blob:)/.test(r) && !r.split(' ')[1]!.startsWith(siteOrigin)),
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

export async function signInWithToken(page: Page, token: string) {
  await page.getByRole('button', { name: 'Đăng nhập bằng mã truy cập' }).click();
  // Sveltia's dialog focuses its token field.
  await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
  await page.keyboard.type(token);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Thông báo' }).waitFor();
}

export async function openSeed(page: Page) {
  await page.getByText('Số điện thoại đường dây nóng và trang Facebook').first().click();
  await page.locator('[data-key-path="issuer"]').first().waitFor();
}

/**
 * Sveltia renders a field's contents only near the viewport (and drops them again when
 * scrolled away), so a field deep in the form is found by scrolling its ancestors into view.
 * List items of objects have no section of their own, so missing prefixes are skipped.
 */
export async function reveal(page: Page, keyPath: string) {
  const target = page.locator(`[role="group"][data-key-path="${keyPath}"]`).first();
  if (await target.locator('input, textarea').count()) {
    await target.scrollIntoViewIfNeeded();
    return target;
  }
  const parts = keyPath.split('.');
  for (let n = 1; n <= parts.length; n++) {
    const sel = `[role="group"][data-key-path="${parts.slice(0, n).join('.')}"]`;
    for (let i = 0; i < 10 && !(await page.locator(sel).count()); i++) await page.waitForTimeout(100);
    if (await page.locator(sel).count()) await page.locator(sel).first().scrollIntoViewIfNeeded();
  }
  // Items further down a list appear as the form scrolls: wheel over the edit pane.
  await page.mouse.move(300, 500);
  for (let i = 0; i < 40 && !(await target.locator('input, textarea').count()); i++) {
    await page.mouse.wheel(0, 250);
    await page.waitForTimeout(100);
  }
  await target.scrollIntoViewIfNeeded();
  return target;
}

export async function save(page: Page) {
  await page.getByRole('button', { name: /^Lưu/ }).first().click();
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
