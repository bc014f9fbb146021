/**
 * The whole site's view: its identity and every notice's view, newest first. Built once
 * per build from the validated content (src/lib/content.ts) by whoever needs it: the
 * pages (through src/lib/route-data.ts), and the integrations that write the downloads
 * and the search index.
 */
import type { SiteConfig } from '../schema/site.ts';
import type { Notice } from '../schema/notice.ts';
import { translator, type Lang, type Translate } from '../i18n/index.ts';
import { links as linksOf, type Links } from '../lib/urls.ts';
import type { CheckedOriginal } from '../lib/validation/types.ts';
import { buildNoticeView, byNewest, type NoticeView } from './notice.ts';

export interface SiteModel {
  config: SiteConfig;
  lang: Lang;
  t: Translate;
  links: Links;
  /** Newest first. */
  notices: NoticeView[];
  bySlug: ReadonlyMap<string, NoticeView>;
}

export function buildSiteModel(
  config: SiteConfig,
  entries: readonly { slug: string; data: Notice; original?: CheckedOriginal }[],
  site: URL | string | undefined,
  base: string,
  lang: Lang = 'vi',
): SiteModel {
  const t = translator(lang);
  const links = linksOf(site, base);
  const notices = entries.map((e) => buildNoticeView(e.slug, e.data, t, links, e.original)).sort(byNewest);
  return { config, lang, t, links, notices, bySlug: new Map(notices.map((v) => [v.slug, v])) };
}
