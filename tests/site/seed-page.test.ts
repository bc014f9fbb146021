/**
 * The built notice page carries the agency's original text word for word, and its
 * contact block is something a resident can act on. Read in real Chromium from dist/.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ELEMENT_NODE, TEXT_NODE, parse, walk, type Node as HtmlNode } from 'ultrahtml';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { DIST, SEED_SLUG, SEED_TEXT } from '../support/paths.ts';

const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Seed lines without their list markers ("- ", "+ "), which the page draws with CSS. */
const seedLines = readFileSync(SEED_TEXT, 'utf8')
  .split('\n')
  .map((l) => squash(l.replace(/^\s*[-+]\s+/, '')))
  .filter(Boolean);

async function elementsOf(html: string, name: string): Promise<HtmlNode[]> {
  const found: HtmlNode[] = [];
  await walk(parse(html), (node) => {
    if (node.type === ELEMENT_NODE && node.name === name) found.push(node);
  });
  return found;
}
const textOf = (node: HtmlNode): string => (node.children ?? []).map((c: HtmlNode) => (c.type === TEXT_NODE ? c.value : textOf(c))).join('');

/** Every address the page itself would fetch: stylesheets, icons, preloads, scripts, images, frames, media. */
async function resourcesOf(html: string): Promise<string[]> {
  const out: string[] = [];
  await walk(parse(html), (node) => {
    if (node.type !== ELEMENT_NODE) return;
    const a = node.attributes as Record<string, string>;
    if (node.name === 'link' && /\b(stylesheet|icon|apple-touch-icon|preload|modulepreload|prefetch|manifest)\b/.test(a.rel ?? '')) out.push(a.href);
    if (['script', 'img', 'iframe', 'source', 'video', 'audio', 'embed', 'track', 'input'].includes(node.name) && a.src) out.push(a.src);
    if (a.srcset) out.push(...a.srcset.split(',').map((s) => s.trim().split(/\s+/)[0]!));
    if (node.name === 'object' && a.data) out.push(a.data);
  });
  return out;
}

let site: SiteSession;
let page: Page;

beforeAll(async () => {
  site = await openSite(DIST);
  page = await site.browser.newPage({ javaScriptEnabled: false });
  await page.goto(`${site.url}/thong-bao/${SEED_SLUG}/`);
});
afterAll(() => site?.close());

describe('the seed notice page', () => {
  it('has the seed to compare against', () => {
    expect(seedLines.length).toBeGreaterThan(30);
  });

  it('shows every line of the seed, word for word', async () => {
    const text = squash(await page.innerText('body'));
    const missing = seedLines.filter((line) => !text.includes(line));
    expect(missing).toEqual([]);
  });

  it('shows the official text in the seed order', async () => {
    const text = squash(await page.innerText('.official'));
    let from = 0;
    const outOfOrder: string[] = [];
    for (const line of seedLines) {
      const at = text.indexOf(line, from);
      if (at < 0) outOfOrder.push(line);
      else from = at + line.length;
    }
    expect(outOfOrder).toEqual([]);
  });

  it('links both hotlines as tap-to-call in E.164, showing the number as printed', async () => {
    const calls = await page.$$eval('.contact a[href^="tel:"]', (as) =>
      as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent?.replace(/\s+/g, ' ').trim() })),
    );
    expect(calls).toEqual([
      { href: 'tel:+84934336639', text: expect.stringContaining('0934.336.639') },
      { href: 'tel:+84969661341', text: expect.stringContaining('0969.661.341') },
    ]);
  });

  it('puts the contact block before the legal text', async () => {
    const order = await page.$$eval('.contact, .official', (els) => els.map((e) => e.className.split(' ')[0]));
    expect(order).toEqual(['contact', 'official']);
  });

  it('links the address to OpenStreetMap and the Facebook page as a plain link', async () => {
    const hrefs = await page.$$eval('.contact a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toContain('https://www.facebook.com/haiphongdofa?locale=vi_VN');
    // The search OpenStreetMap receives (the browser encodes the address written in the link).
    const queries = hrefs.filter((h) => h.startsWith('https://www.openstreetmap.org/search?')).map((h) => new URL(h).searchParams.get('query'));
    expect(queries).toEqual(['Số 15 Trần Quang Khải, Phường Hồng Bàng, Thành phố Hải Phòng']);
  });

  it('is Vietnamese and has one h1 on screen: the subject', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    // The document's own title is an h1 too, but only on paper (print.css), for the PDF's structure.
    const h1 = page.getByRole('heading', { level: 1 });
    expect(await h1.count()).toBe(1);
    expect(squash(await h1.innerText())).toMatch(/^Số điện thoại đường dây nóng và trang Facebook/);
    expect(await h1.evaluate((e) => e.closest('.notice-head') !== null)).toBe(true);
  });

  it('loads nothing from another site and no script', async () => {
    const html = readFileSync(`${DIST}/thong-bao/${SEED_SLUG}/index.html`, 'utf8');
    const loaded = await resourcesOf(html);
    // It loads something (favicons, the print stylesheet), so the check below has something to check.
    expect(loaded.length).toBeGreaterThan(2);
    expect(loaded.filter((u) => !u.startsWith('/') || u.startsWith('//'))).toEqual([]);
    expect(await elementsOf(html, 'script').then((els) => els.filter((e) => e.attributes.type !== 'application/ld+json'))).toEqual([]);
    expect(await elementsOf(html, 'iframe')).toEqual([]);
    // The inline style imports nothing and fetches nothing.
    for (const style of await elementsOf(html, 'style')) expect(textOf(style)).not.toMatch(/@import|url\(/);
  });

  it('would notice an off-site stylesheet, script or image (the check above can fail)', async () => {
    const bad = '<link rel="stylesheet" href="https://cdn.example/x.css"><script src="//cdn.example/x.js"></script><img src="https://x.example/a.png">';
    expect(await resourcesOf(bad)).toEqual(['https://cdn.example/x.css', '//cdn.example/x.js', 'https://x.example/a.png']);
  });
});

describe('the index page', () => {
  it('lists the seed notice with its subject and date', async () => {
    await page.goto(`${site.url}/`);
    const item = page.locator('.notice-list li').first();
    expect(squash(await item.innerText())).toContain('Số điện thoại đường dây nóng và trang Facebook');
    expect(squash(await item.innerText())).toContain('tháng 5/2026');
    expect(await item.locator('a').getAttribute('href')).toBe(`/thong-bao/${SEED_SLUG}/`);
  });
});
