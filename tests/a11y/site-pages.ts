/**
 * The pages of a built site, as the sitemap lists them (the sitemap is what search
 * engines see, so a page missing from it is a bug the tests should notice), plus the
 * 404 page, which sitemaps leave out on purpose.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

export function sitePages(dist: string): string[] {
  const index = readFileSync(path.join(dist, 'sitemap-index.xml'), 'utf8');
  const pages: string[] = [];
  for (const [, sitemapUrl] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const file = path.join(dist, new URL(sitemapUrl).pathname);
    for (const [, url] of readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) pages.push(new URL(url).pathname);
  }
  if (existsSync(path.join(dist, '404.html'))) pages.push('/404.html');
  return pages;
}
