/** robots.txt: everything may be read; the sitemap (from @astrojs/sitemap) lists the pages. */
import type { APIContext } from 'astro';
import { SITEMAP_PATH } from '../lib/urls.ts';

export function GET({ locals }: APIContext) {
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${locals.site.links.abs(SITEMAP_PATH)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
