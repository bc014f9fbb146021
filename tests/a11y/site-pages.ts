/**
 * The pages of a built site, as the sitemap lists them (the sitemap is what search
 * engines see, so a page missing from it is a bug the tests should notice), plus the
 * pages sitemaps leave out on purpose: the 404 page, and the print preview (ban-in/) of
 * each notice, which is noindex but linked from every notice page, so people land on it.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

/** A notice page's path: /thong-bao/<slug>/ and nothing below it. */
const NOTICE_PAGE = /^\/thong-bao\/[^/]+\/$/;

/** The print preview pages are built on their own frame, not on src/layouts/Base.astro. */
export function isPrintPreview(pagePath: string): boolean {
  return pagePath.endsWith('/ban-in/');
}

/** The paths the sitemap lists, and only those. */
export function sitemapPages(dist: string): string[] {
  const index = readFileSync(path.join(dist, 'sitemap-index.xml'), 'utf8');
  const pages: string[] = [];
  for (const [, sitemapUrl] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const file = path.join(dist, new URL(sitemapUrl).pathname);
    for (const [, url] of readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) pages.push(new URL(url).pathname);
  }
  return pages;
}

export function sitePages(dist: string): string[] {
  const pages = sitemapPages(dist);
  const previews = pages
    .filter((p) => NOTICE_PAGE.test(p))
    .map((p) => `${p}ban-in/`)
    .filter((p) => existsSync(path.join(dist, p, 'index.html')));
  pages.push(...previews);
  if (existsSync(path.join(dist, '404.html'))) pages.push('/404.html');
  return pages;
}
