/** The RSS feed of every notice, newest first (see src/lib/feed.ts). */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { feedOptions } from '../lib/feed.ts';

export async function GET(context: APIContext) {
  const response = await rss(feedOptions(await getCollection('notices'), context.site, import.meta.env.BASE_URL));
  response.headers.set('Content-Type', 'application/rss+xml; charset=utf-8');
  return response;
}
