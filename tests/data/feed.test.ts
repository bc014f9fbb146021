/**
 * The RSS feed of each language (/rss.xml, /en/rss.xml) parses as XML (Chromium's own
 * strict XML parser) and lists every notice, newest first, in that language, with
 * absolute links to pages that exist; every page announces the feed of its language with
 * <link rel="alternate">.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectBrowser } from '../support/browser.ts';
import { FEED_PATH, noticePath } from '../../src/lib/urls.ts';
import { isStaffEditor } from '../../scripts/lib/site-pages.ts';
import { LANGUAGES, SITES, SITE_URL } from './notices.ts';

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
  browser = await connectBrowser();
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

const cases = SITES.flatMap((site) => LANGUAGES.map((l) => ({ ...l, site, name: `${site.name}, ${l.lang}` })));

describe.each(cases)('the feed of $name', ({ site, lang, prefix, siteName }) => {
  const xml = readFileSync(path.join(site.dir, prefix, FEED_PATH), 'utf8');
  // Newest first, told apart by the dates as the files write them ("2026-05" sorts after
  // every day of May: a month-only draft is dated by the end of its month).
  const expected = [...site.notices].sort((a, b) => (b.data.date.padEnd(10, '~') > a.data.date.padEnd(10, '~') ? 1 : -1));
  let feed: Feed;
  beforeAll(async () => {
    feed = await parseFeed(xml);
  });

  it('is well-formed XML, RSS 2.0 in its language, pointing at itself', () => {
    expect(feed.error).toBeNull();
    expect(feed.version).toBe('2.0');
    expect(feed.language).toBe(lang);
    expect(feed.link).toBe(`${SITE_URL}/${prefix}`);
    expect(feed.self).toBe(`${SITE_URL}/${prefix}${FEED_PATH}`);
  });

  it('lists every notice newest first, in its language, with absolute links to built pages', () => {
    expect(feed.items.map((i) => i.title)).toEqual(expected.map((n) => n.views[lang]!.subject));
    const links = expected.map((n) => `${SITE_URL}/${prefix}${noticePath(n.slug)}`);
    expect(feed.items.map((i) => i.link)).toEqual(links);
    expect(feed.items.map((i) => i.guid)).toEqual(links);
    for (const n of expected) expect(existsSync(path.join(site.dir, prefix, noticePath(n.slug), 'index.html'))).toBe(true);
  });

  it('dates every notice by its day in Hải Phòng, a month-only draft by the first of its month', () => {
    feed.items.forEach((item, i) => {
      const date = expected[i].data.date;
      expect(new Date(item.pubDate!).toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' })).toBe(date.length === 7 ? `${date}-01` : date);
    });
  });

  // The pages of this language: under its prefix (Vietnamese: the others, and the 404 page); not the staff form.
  const pages = readdirSync(site.dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !isStaffEditor(f))
    .filter((f) => (prefix ? f.startsWith(prefix) : !LANGUAGES.some((l) => l.prefix && f.startsWith(l.prefix))));
  it.each(pages)('%s links to the feed of its language', (file) => {
    const html = readFileSync(path.join(site.dir, file), 'utf8');
    expect(html).toContain(`<link rel="alternate" type="application/rss+xml" title="${siteName} (RSS)" href="/${prefix}${FEED_PATH}">`);
  });
});
