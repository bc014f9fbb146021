/**
 * The feed of notices, newest first. RSS 2.0 through @astrojs/rss rather than Atom:
 * Atom requires an `updated` timestamp on every entry, which a draft dated only by month
 * ("2026-05") does not have and we will not invent; RSS lets a draft go without pubDate.
 * The channel is dated by its newest dated notice (pubDate and lastBuildDate), never by
 * the clock, so two builds of the same notices give the same feed. An item's description
 * is the notice's (src/model/notice.ts), which announces a replacement ("Thay thế Thông báo
 * số …") and says of a replaced notice what replaced it; a replacement is also in the
 * category "Thay thế thông báo", so a reader can filter on it.
 */
import type { RSSOptions } from '@astrojs/rss';
import type { SiteModel } from '../model/site.ts';

export function feedOptions(model: SiteModel): RSSOptions {
  const { config, links, notices, lang, paths } = model;
  const dated = notices.map((v) => v.date.published).filter((d): d is Date => d !== null);
  const newest = dated.length ? new Date(Math.max(...dated.map((d) => d.getTime()))).toUTCString() : undefined;
  const channelDates = newest ? `<pubDate>${newest}</pubDate><lastBuildDate>${newest}</lastBuildDate>` : '';
  return {
    title: config.name,
    description: config.description,
    site: links.abs(paths.home),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${lang}</language>${channelDates}<atom:link href="${links.abs(paths.feed)}" rel="self" type="application/rss+xml"/>`,
    items: notices.map((v) => ({
      title: v.subject.trim(),
      link: v.urls.page,
      description: v.description,
      ...(v.date.published ? { pubDate: v.date.published } : {}),
      ...(v.lifecycle.state !== 'draft' && v.lifecycle.replaces.length ? { categories: [model.t('feed.replacement')] } : {}),
    })),
  };
}
