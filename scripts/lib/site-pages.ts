/**
 * The pages of a built site, as the sitemap lists them (the sitemap is what search
 * engines see, so a page missing from it is a bug the tests should notice), plus the
 * pages sitemaps leave out on purpose: the 404 page, and the print preview (ban-in/) of
 * each notice, which is noindex but linked from every notice page, so people land on it.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

/** A notice page's path, in any language: /thong-bao/<slug>/ or /en/thong-bao/<slug>/, nothing below it. */
const NOTICE_PAGE = /^\/(?:[a-z]{2,3}(?:-[a-z0-9]+)?\/)?thong-bao\/[^/]+\/$/;

/** The print preview pages are built on their own frame, not on src/layouts/Base.astro. */
/**
 * The staff editor (/admin/) is a tool, not a page for residents: noindex, no feed, no
 * description, its own head and policy (tests/admin/ checks it). Tests that walk every
 * built HTML file for what residents and search engines get leave it out through this.
 */
export function isStaffEditor(pagePath: string): boolean {
  return /(^|\/)admin\/(index\.html)?$/.test(pagePath);
}

export function isPrintPreview(pagePath: string): boolean {
  return pagePath.endsWith('/ban-in/');
}

/**
 * The paths the sitemap lists, and only those. `base` is the base path the site was built
 * with (BASE_PATH): the paths keep it, the files are found without it.
 */
export function sitemapPages(dist: string, base = '/'): string[] {
  const index = readFileSync(path.join(dist, 'sitemap-index.xml'), 'utf8');
  const inDist = (p: string) => path.join(dist, p.slice(base.length - 1));
  const pages: string[] = [];
  for (const [, sitemapUrl] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const file = inDist(new URL(sitemapUrl!).pathname);
    for (const [, url] of readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) pages.push(new URL(url!).pathname);
  }
  return pages;
}

export function sitePages(dist: string, base = '/'): string[] {
  const pages = sitemapPages(dist, base);
  const previews = pages
    .filter((p) => NOTICE_PAGE.test(p.slice(base.length - 1)))
    .map((p) => `${p}ban-in/`)
    .filter((p) => existsSync(path.join(dist, p.slice(base.length - 1), 'index.html')));
  pages.push(...previews);
  if (existsSync(path.join(dist, '404.html'))) pages.push(`${base}404.html`);
  return pages;
}
