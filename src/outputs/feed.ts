/**
 * The feed of notices, newest first. RSS 2.0 through @astrojs/rss rather than Atom:
 * Every item carries a pubDate a reader can sort by: an issued notice's day, and for a
 * draft dated only by its month ("2026-05") the first day of that month, midnight in Hải
 * Phòng, the same date its PDF carries (src/outputs/pdf/finalize.ts). The channel is dated by
 * its newest item (pubDate and lastBuildDate), never by the clock, so two builds of the same
 * notices give the same feed; a feed with no notice at all is dated by SOURCE_DATE_EPOCH
 * when the build sets it, and otherwise carries no date (there is nothing to sort). An item's description
 * is the notice's (src/model/notice.ts), which announces a replacement ("Thay thế Thông báo
 * số …") and says of a replaced notice what replaced it; a replacement is also in the
 * category "Thay thế thông báo", so a reader can filter on it.
 */
import type { RSSOptions } from '@astrojs/rss';
import type { NoticeView } from '../model/notice.ts';
import type { SiteModel } from '../model/site.ts';

/** Midnight in Hải Phòng (UTC+7) on the notice's day, or on the first day of a draft's month. */
export function feedDate(v: NoticeView): Date {
  const { year, month, day } = v.date.parsed;
  return v.date.published ?? new Date(Date.UTC(year, month - 1, day ?? 1) - 7 * 3600 * 1000);
}

function buildEpoch(): Date | undefined {
  const s = process.env.SOURCE_DATE_EPOCH;
  return s && /^\d+$/.test(s) ? new Date(Number(s) * 1000) : undefined;
}

export function feedOptions(model: SiteModel): RSSOptions {
  const { config, links, notices, lang, paths } = model;
  const dated = notices.map(feedDate);
  const newestDate = dated.length ? new Date(Math.max(...dated.map((d) => d.getTime()))) : buildEpoch();
  const newest = newestDate?.toUTCString();
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
      pubDate: feedDate(v),
      ...(v.lifecycle.state !== 'draft' && v.lifecycle.replaces.length ? { categories: [model.t('feed.replacement')] } : {}),
    })),
  };
}
