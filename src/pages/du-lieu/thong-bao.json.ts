/** Open data: the list of all notices, newest first, each with its page and its data file. */
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { byNewest, isoNoticeDate, isDraft } from '../../lib/notice-view.ts';
import { absoluteUrl, dataPath, noticePath } from '../../lib/urls.ts';

export async function GET({ site }: APIContext) {
  const base = import.meta.env.BASE_URL;
  const notices = (await getCollection('notices')).sort(byNewest).map((e) => ({
    slug: e.id,
    subject: e.data.subject,
    date: isoNoticeDate(e.data),
    draft: isDraft(e.data),
    number: e.data.number,
    page: absoluteUrl(site, base, noticePath(e.id)),
    data: absoluteUrl(site, base, dataPath(e.id)),
  }));
  return new Response(`${JSON.stringify({ notices }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
