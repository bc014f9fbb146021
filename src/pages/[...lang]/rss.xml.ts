/** The RSS feed of every notice, newest first, in each of the site's languages (/rss.xml, /en/rss.xml; see src/outputs/feed.ts). */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { feedOptions } from '../../outputs/feed.ts';
import { languagePaths } from '../../outputs/page-keys.ts';

export const getStaticPaths = languagePaths;

export async function GET({ locals }: APIContext) {
  const response = await rss(feedOptions(locals.site));
  response.headers.set('Content-Type', 'application/rss+xml; charset=utf-8');
  return response;
}
