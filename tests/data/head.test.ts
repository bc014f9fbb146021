/**
 * What every built page tells search engines, link previews and browser tabs: a meta
 * description of its own, a canonical address, the same page in the site's other
 * languages (hreflang), Open Graph, a favicon that exists on this site; plus robots.txt.
 * Read from the DOM in Chromium, for every page of both sites, in every language: each page
 * as the site's server answers it, parsed by Chromium's own HTML parser (DOMParser, script
 * off as in a tab without JavaScript), so the <head> is the one a browser builds, without
 * rendering the page, its stylesheets, fonts and images, which a <head> does not depend on.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectBrowser } from '../support/browser.ts';
import { serveDir, type StaticServer } from '../../scripts/lib/static-server.ts';
import { noticePath } from '../../src/lib/urls.ts';
import { isStaffEditor } from '../../scripts/lib/site-pages.ts';
import { LANGUAGES, SITES, SITE_URL, peopleOf } from './notices.ts';

/** The language of a page, from its address. */
const languageOf = (url: string) => LANGUAGES.find((l) => l.prefix && url.startsWith(`/${l.prefix}`)) ?? LANGUAGES[0];

function pageUrls(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.replace(/index\.html$/, '')}`)
    .filter((url) => !isStaffEditor(url))
    .sort();
}

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(SITES)('<head> of every page of $name', (site) => {
  let server: StaticServer;
  let page: Page;
  beforeAll(async () => {
    server = await serveDir(site.dir);
    page = await browser.newPage({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await page?.close();
    await server?.close();
  });

  const urls = pageUrls(site.dir);
  it('has the index and every notice page, in every language', () => {
    for (const { prefix } of LANGUAGES) {
      expect(urls).toContain(`/${prefix}`);
      for (const n of site.notices) expect(urls).toContain(`/${prefix}${noticePath(n.slug)}`);
    }
  });

  it.each(urls)('%s', async (url) => {
    const res = await fetch(`${server.url}${url}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const head = await page.evaluate((html) => {
      const document = new DOMParser().parseFromString(html, 'text/html');
      const meta = (sel: string) => document.head.querySelector<HTMLMetaElement>(sel)?.content ?? null;
      return {
        description: meta('meta[name="description"]'),
        canonical: document.head.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.getAttribute('href') ?? null,
        og: Object.fromEntries(
          [...document.head.querySelectorAll<HTMLMetaElement>('meta[property^="og:"]')].map((m) => [m.getAttribute('property'), m.content]),
        ),
        ogCount: document.head.querySelectorAll('meta[property^="og:"]').length,
        icons: [...document.head.querySelectorAll<HTMLLinkElement>('link[rel~="icon"], link[rel="apple-touch-icon"]')].map((l) => l.getAttribute('href')!),
        hreflang: [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="alternate"][hreflang]')].map((l) => [l.hreflang, l.getAttribute('href')]),
        title: document.title,
      };
    }, await res.text());
    const { lang, prefix, siteName: SITE_NAME, shortName, locale } = languageOf(url);
    const notice = site.notices.find((n) => url === `/${prefix}${noticePath(n.slug)}`);
    // The print preview is another view of its notice: it points search engines there.
    const previewOf = site.notices.find((n) => url === `/${prefix}${noticePath(n.slug)}ban-in/`);

    expect(head.description?.length ?? 0).toBeGreaterThan(50);
    expect(head.og['og:description']).toBe(head.description);
    expect(head.og['og:locale']).toBe(locale);
    expect(head.og['og:site_name']).toBe(SITE_NAME);
    expect(head.og['og:title']?.length ?? 0).toBeGreaterThan(0);
    // The tab title is the page's own title, cut at a word with "…" when long, then the
    // site's short name: it reads well where search results cut it (about 60 characters).
    const [own, ...rest] = head.title.split(' – ');
    expect(rest.join(' – ') === shortName || head.title === SITE_NAME, head.title).toBe(true);
    const full = head.og['og:title']!.replace(/\s+/g, ' ');
    if (head.title !== SITE_NAME) {
      if (own!.endsWith('…')) expect(full.startsWith(own!.slice(0, -1)), head.title).toBe(true);
      else expect(own).toBe(full);
      expect(own!.length, head.title).toBeLessThanOrEqual(70);
    }
    expect(head.og['og:image']).toBeUndefined();
    // Each property once: a duplicate makes previews pick at random.
    expect(head.ogCount).toBe(Object.keys(head.og).length);

    if (url === '/404.html') {
      expect(head.canonical).toBeNull();
      expect(head.og['og:url']).toBeUndefined();
      expect(head.hreflang).toEqual([]);
    } else if (previewOf) {
      expect(head.canonical).toBe(`${SITE_URL}/${prefix}${noticePath(previewOf.slug)}`);
      expect(head.og['og:url']).toBe(head.canonical);
      // It stands for its notice page, which names the other languages.
      expect(head.hreflang).toEqual([]);
    } else {
      expect(head.canonical).toBe(`${SITE_URL}${url}`);
      expect(head.og['og:url']).toBe(head.canonical);
      // The same page in every language, this one included, and the official Vietnamese as the default.
      const below = url.slice(1 + prefix.length);
      expect(head.hreflang).toEqual([...LANGUAGES.map((l) => [l.lang, `${SITE_URL}/${l.prefix}${below}`]), ['x-default', `${SITE_URL}/${below}`]]);
      for (const [, href] of head.hreflang) expect(existsSync(path.join(site.dir, new URL(href!).pathname, 'index.html')), href!).toBe(true);
    }

    if (notice) {
      // A notice page's description says whose notice, what about and whom to call, in its
      // language; one that offers no numbers (replaced, or a draft not yet in force) names
      // none of them, and says which notice to use instead.
      const view = notice.views[lang]!;
      expect(head.og['og:type']).toBe('article');
      expect(head.og['og:title']).toBe(view.subject);
      expect(head.description).toContain(view.subject);
      expect(head.description).toContain(view.localized.issuer.fullName);
      const life = view.lifecycle;
      for (const c of peopleOf(notice.data)) {
        if (life.offersContacts) expect(head.description).toContain(c.phone);
        else expect(head.description).not.toContain(c.phone);
      }
      if (!life.offersContacts) expect(head.description).toContain((life.replacedBy ?? life.replaces[0])!.name);
      if (lang === 'en' && view.translated) expect(head.description?.startsWith(`${view.localized.issuer.fullName}, `)).toBe(true);
      if (lang === 'en' && view.slug === 'duong-day-nong-2026-05') expect(head.description).toMatch(/^Department of Foreign Affairs of Hai Phong City, Draft, May 2026: Hotline numbers/);
    } else if (previewOf) {
      expect(head.og['og:type']).toBe('article');
      expect(head.og['og:title']).toBe(`${lang === 'vi' ? 'Bản in' : 'Print'}: ${previewOf.views[lang]!.subject}`);
    } else {
      expect(head.og['og:type']).toBe('website');
    }

    // Icons are this site's own files, and one of them is the SVG. At the root of the host, browsers
    // find /favicon.ico and /apple-touch-icon.png themselves: no page links them (the sub-folder site
    // does, tests/site/sub-folder.test.ts).
    expect(head.icons).toContain('/favicon.svg');
    expect(head.icons.filter((h) => /favicon\.ico|apple-touch-icon/.test(h))).toEqual([]);
    expect(existsSync(path.join(site.dir, 'apple-touch-icon.png'))).toBe(true);
    for (const href of head.icons) {
      expect(href.startsWith('/') && !href.startsWith('//'), href).toBe(true);
      expect(existsSync(path.join(site.dir, href)), href).toBe(true);
    }
  });

  it('serves /favicon.ico as a real icon, for clients that ask for it without looking', () => {
    const ico = readFileSync(path.join(site.dir, 'favicon.ico'));
    expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(1);
  });

  it('has an SVG favicon that loads nothing from elsewhere', () => {
    const svg = readFileSync(path.join(site.dir, 'favicon.svg'), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).not.toMatch(/href=|url\(|<script/i);
  });

  it('has robots.txt that allows everything and names the sitemap', () => {
    const robots = readFileSync(path.join(site.dir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Allow: \/$/m);
    expect(robots).not.toMatch(/^Disallow:/m);
    expect(robots).toMatch(new RegExp(`^Sitemap: ${SITE_URL.replace(/\./g, '\\.')}/sitemap-index\\.xml$`, 'm'));
  });
});
