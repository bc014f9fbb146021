/**
 * The feed of notices, newest first. RSS 2.0 through @astrojs/rss rather than Atom:
 * Atom requires an `updated` timestamp on every entry, which a draft dated only by month
 * ("2026-05") does not have and we will not invent; RSS lets a draft go without pubDate.
 */
import type { RSSOptions } from '@astrojs/rss';
import type { Notice } from '../schema/notice.ts';
import { SITE } from '../site.ts';
import { noticeDate, byNewest } from './notice-view.ts';
import { noticeDescription } from './seo.ts';
import { FEED_PATH, absoluteUrl, noticePath } from './urls.ts';

/** Midnight in Hải Phòng (UTC+7, no daylight saving) on the notice's day; null for a month-only draft. */
export function publicationDate(n: Notice): Date | null {
  const d = noticeDate(n);
  if (d.day === null) return null;
  return new Date(Date.UTC(d.year, d.month - 1, d.day) - 7 * 3600 * 1000);
}

export function feedOptions(entries: { id: string; data: Notice }[], site: URL | string | undefined, base: string): RSSOptions {
  const home = absoluteUrl(site, base, '');
  const self = absoluteUrl(site, base, FEED_PATH);
  return {
    title: SITE.name,
    description: SITE.description,
    site: home,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>vi</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: [...entries].sort(byNewest).map((e) => {
      const pubDate = publicationDate(e.data);
      return {
        title: e.data.subject.trim(),
        link: absoluteUrl(site, base, noticePath(e.id)),
        description: noticeDescription(e.data),
        ...(pubDate ? { pubDate } : {}),
      };
    }),
  };
}
