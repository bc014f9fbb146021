/** robots.txt: everything may be read; the sitemap (from @astrojs/sitemap) lists the pages. */
import type { APIContext } from 'astro';
import { absoluteUrl } from '../lib/urls.ts';

export function GET(context: APIContext) {
  const sitemap = absoluteUrl(context.site, import.meta.env.BASE_URL, 'sitemap-index.xml');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
