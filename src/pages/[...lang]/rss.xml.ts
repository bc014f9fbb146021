/** The RSS feed of every notice, newest first (see src/lib/feed.ts). */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { feedOptions } from '../lib/feed.ts';

export async function GET({ locals }: APIContext) {
  const response = await rss(feedOptions(locals.site));
  response.headers.set('Content-Type', 'application/rss+xml; charset=utf-8');
  return response;
}
