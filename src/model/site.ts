/**
 * The whole site's view: its identity, every notice's view newest first, each with its
 * place in the chain of replacements (decided once for all, src/model/lifecycle.ts), and
 * the directory of the hotlines in force. Built once
 * per build from the validated content (src/lib/content.ts) by whoever needs it: the
 * pages (through src/lib/route-data.ts), and the integrations that write the downloads
 * and the search index.
 */
import type { SiteConfig } from '../schema/site.ts';
import type { Notice } from '../schema/notice.ts';
import { translator, type Lang, type Translate } from '../i18n/index.ts';
import { links as linksOf, type Links } from '../lib/urls.ts';
import { buildNoticeView, byNewest, noticeRef, type NoticeRef, type NoticeView } from './notice.ts';
import { lifecycles } from './lifecycle.ts';
import { buildDirectory, type DirectoryGroup } from './directory.ts';
import type { CheckedOriginal } from '../lib/validation/types.ts';

export interface SiteModel {
  config: SiteConfig;
  lang: Lang;
  t: Translate;
  links: Links;
  /** Newest first. */
  notices: NoticeView[];
  bySlug: ReadonlyMap<string, NoticeView>;
  /** The hotlines residents may call, by issuing body (/duong-day-nong/). */
  directory: DirectoryGroup[];
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
  const life = lifecycles(entries);
  const refs = new Map<string, NoticeRef>(entries.map((e) => [e.slug, noticeRef(e.slug, e.data, t, links)]));
  const ref = (slug: string) => refs.get(slug)!;
  const notices = entries.map((e) => buildNoticeView(e.slug, e.data, t, links, { life: life.get(e.slug)!, ref, original: e.original })).sort(byNewest);
  return { config, lang, t, links, notices, bySlug: new Map(notices.map((v) => [v.slug, v])), directory: buildDirectory(notices, config.agency) };
}
