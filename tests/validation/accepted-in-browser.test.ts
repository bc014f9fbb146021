/**
 * The accepted-and-normalised fixture (BOM, CRLF, decomposed Vietnamese, markup characters)
 * through to the built page, in Chromium with JavaScript on: the text is NFC in the HTML,
 * markup is shown literally, and nothing in it runs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectBrowser } from '../support/browser.ts';
import { serveDir, type StaticServer } from '../../scripts/lib/static-server.ts';
import { FIXTURE_DIST } from '../support/paths.ts';

const SLUG = 'thu-nghiem-ky-tu-dac-biet-2026-03';
const NAMES = ['Nguyễn Thị Hường', 'Trần Văn Thử', 'Thử nghiệm chữ tổ hợp và ký tự đặc biệt trên trang thông báo'];

let server: StaticServer;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  server = await serveDir(FIXTURE_DIST);
  browser = await connectBrowser();
  page = await browser.newPage();
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  page.on('console', (m) => {
    // A missing favicon is not this test's business; any script error or output is.
    if (/Failed to load resource/.test(m.text())) return;
    if (m.type() === 'error' || /alert|polluted/.test(m.text())) consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(`${server.url}/thong-bao/${SLUG}/`, { waitUntil: 'load' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a notice written with BOM, CRLF and decomposed Vietnamese', () => {
  const html = () => readFileSync(path.join(FIXTURE_DIST, 'thong-bao', SLUG, 'index.html'), 'utf8');

  it('is published with its text in NFC, never NFD', () => {
    for (const name of NAMES) {
      expect(html()).toContain(name.normalize('NFC'));
      expect(html()).not.toContain(name.normalize('NFD'));
    }
    expect(html()).toBe(html().normalize('NFC'));
  });

  it('shows the names as residents read them', async () => {
    const text = await page.innerText('main');
    for (const name of NAMES) expect(text).toContain(name);
    expect(await page.title()).toContain(NAMES[2]);
  });

  it('has no stray BOM or carriage return in the page', () => {
    expect(html()).not.toMatch(/\uFEFF|\r/);
  });
});

describe('markup characters in a notice', () => {
  it('are shown literally, as text', async () => {
    const text = await page.innerText('main');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<b>không in đậm</b>');
    expect(text).toContain('&amp;');
    expect(text).toContain('<i>(trừ ngày lễ)</i>');
  });

  it('are never interpreted: no element made from them, no script run', async () => {
    const injected = await page.evaluate(() => ({
      scripts: [...document.scripts].filter((s) => s.textContent?.includes('alert(1)')).length,
      bold: [...document.querySelectorAll('b')].filter((b) => b.textContent?.includes('không in đậm')).length,
      italic: [...document.querySelectorAll('i')].filter((i) => i.textContent?.includes('trừ ngày lễ')).length,
    }));
    expect(injected).toEqual({ scripts: 0, bold: 0, italic: 0 });
    expect(dialogs).toEqual([]);
    expect(consoleErrors, consoleErrors.join("\n")).toEqual([]);
  });

  it('are escaped in the HTML source', () => {
    const html = readFileSync(path.join(FIXTURE_DIST, 'thong-bao', SLUG, 'index.html'), 'utf8');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&amp;amp;');
  });
});
