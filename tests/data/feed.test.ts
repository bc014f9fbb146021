/**
 * The RSS feed parses as XML (Chromium's own strict XML parser) and lists every notice,
 * newest first, with absolute links to pages that exist; every page announces it with
 * <link rel="alternate">.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../src/lib/chromium.ts';
import { FEED_PATH, noticePath } from '../../src/lib/urls.ts';
import { isStaffEditor } from '../../scripts/lib/site-pages.ts';
import { SITES, SITE_URL } from './notices.ts';

interface Feed {
  error: string | null;
  version: string | null;
  language: string | null;
  link: string | null;
  self: string | null;
  items: { title: string | null; link: string | null; guid: string | null; pubDate: string | null }[];
}

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

function parseFeed(xml: string): Promise<Feed> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const text = (el: Element | null | undefined, sel: string) => el?.getElementsByTagName(sel)[0]?.textContent ?? null;
    const channel = doc.documentElement.getElementsByTagName('channel')[0];
    const self = channel?.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')[0];
    return {
      error,
      version: doc.documentElement.getAttribute('version'),
      language: text(channel, 'language'),
      link: [...(channel?.children ?? [])].find((c) => c.localName === 'link' && !c.namespaceURI)?.textContent ?? null,
      self: self?.getAttribute('href') ?? null,
      items: [...doc.getElementsByTagName('item')].map((item) => ({
        title: text(item, 'title'),
        link: text(item, 'link'),
        guid: text(item, 'guid'),
        pubDate: text(item, 'pubDate'),
      })),
    };
  }, xml);
}

describe.each(SITES)('the feed of $name', (site) => {
  const xml = readFileSync(path.join(site.dir, FEED_PATH), 'utf8');
  // Newest first, told apart by the dates as the files write them ("2026-05" sorts after
  // every day of May: a month-only draft is dated by the end of its month).
  const expected = [...site.notices].sort((a, b) => (b.data.date.padEnd(10, '~') > a.data.date.padEnd(10, '~') ? 1 : -1));
  let feed: Feed;
  beforeAll(async () => {
    feed = await parseFeed(xml);
  });

  it('is well-formed XML, RSS 2.0 in Vietnamese, pointing at itself', () => {
    expect(feed.error).toBeNull();
    expect(feed.version).toBe('2.0');
    expect(feed.language).toBe('vi');
    expect(feed.link).toBe(`${SITE_URL}/`);
    expect(feed.self).toBe(`${SITE_URL}/${FEED_PATH}`);
  });

  it('lists every notice newest first, with absolute links to built pages', () => {
    expect(feed.items.map((i) => i.title)).toEqual(expected.map((n) => n.data.subject));
    const links = expected.map((n) => `${SITE_URL}/${noticePath(n.slug)}`);
    expect(feed.items.map((i) => i.link)).toEqual(links);
    expect(feed.items.map((i) => i.guid)).toEqual(links);
    for (const n of expected) expect(existsSync(path.join(site.dir, noticePath(n.slug), 'index.html'))).toBe(true);
  });

  it('dates dated notices and leaves a month-only draft undated rather than invent a day', () => {
    feed.items.forEach((item, i) => {
      const date = expected[i].data.date;
      if (date.length === 7) expect(item.pubDate).toBeNull();
      else expect(new Date(item.pubDate!).toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' })).toBe(date);
    });
  });

  const pages = readdirSync(site.dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !isStaffEditor(f));
  it.each(pages)('%s links to the feed', (file) => {
    const html = readFileSync(path.join(site.dir, file), 'utf8');
    expect(html).toContain(`<link rel="alternate" type="application/rss+xml" title="Thông báo của Sở Ngoại vụ Hải Phòng (RSS)" href="/${FEED_PATH}">`);
  });
});
