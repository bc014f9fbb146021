/**
 * The whole site's view in one language: its identity, every notice's view newest first,
 * each with its place in the chain of replacements (decided once for all,
 * src/model/lifecycle.ts), and the directory of the hotlines in force, with the words of
 * that language. Built once per build and language from the validated content
 * (src/pipeline/content.ts) by whoever needs it: the pages (through src/model/route-data.ts,
 * which gives each page the model of its own language), and the integrations that write
 * the downloads, the PDFs and the search index.
 *
 * Vietnamese pages live at the site's root; every other language of content/site.yaml
 * under its code (`/en/`), with the same paths below it (`/en/thong-bao/<slug>/`), so a
 * page in any language is the same page file reading `lang` from its route.
 */
import { siteIdentity, siteLanguages, type SiteConfig, type SiteIdentity } from '../schema/site.ts';
import type { Notice } from '../schema/notice.ts';
import { BUILT_IN, DEFAULT_LANG, translator, type Lang, type Strings, type Translate } from '../i18n/index.ts';
import { DIRECTORY_PATH, FEED_PATH, FILE_CHECK_PATH, SEARCH_PATH, links as linksOf, type Links } from '../lib/urls.ts';
import { buildNoticeView, byNewest, noticeRef, type LanguageRoot, type NoticeRef, type NoticeView } from './notice.ts';
import { translatedNotice } from './translation.ts';
import { lifecycles } from './lifecycle.ts';
import { buildDirectory, type DirectoryGroup } from './directory.ts';
import type { CheckedOriginal } from '../pipeline/validation/types.ts';
import type { WorkCalendar } from '../lib/calendar.ts';

/** A language of the site, enough to speak it: its words, the site's identity in it, its pages. */
export interface LanguageFrame {
  lang: Lang;
  /** Its own name for itself: "Tiếng Việt", "English". */
  name: string;
  t: Translate;
  config: SiteIdentity;
  /** Prefix of its pages' site paths: "" (Vietnamese), "en/". */
  prefix: string;
  /** Site paths of its home page (the list of notices), search page, feed, directory of hotlines and file check. */
  paths: { home: string; search: string; feed: string; directory: string; fileCheck: string };
}

export interface SiteModel extends LanguageFrame {
  links: Links;
  /** Every language of the site, Vietnamese first, in the order of content/site.yaml. */
  languages: LanguageFrame[];
  /** Newest first. */
  notices: NoticeView[];
  bySlug: ReadonlyMap<string, NoticeView>;
  /** The hotlines residents may call, by issuing body (/duong-day-nong/). */
  directory: DirectoryGroup[];
}

/** Where a language's pages live: Vietnamese at the root, the others under their code. */
export const languagePrefix = (lang: Lang) => (lang === DEFAULT_LANG ? '' : `${lang.toLowerCase()}/`);

function frameOf(config: SiteConfig, lang: Lang, strings: Readonly<Record<Lang, Strings>>): LanguageFrame {
  const table = strings[lang];
  if (!table) throw new Error(`Không có chữ giao diện cho ngôn ngữ "${lang}".`);
  const t = translator(table);
  const prefix = languagePrefix(lang);
  return {
    lang,
    name: t('lang.name'),
    t,
    config: siteIdentity(config, lang),
    prefix,
    paths: { home: prefix, search: `${prefix}${SEARCH_PATH}`, feed: `${prefix}${FEED_PATH}`, directory: `${prefix}${DIRECTORY_PATH}`, fileCheck: `${prefix}${FILE_CHECK_PATH}` },
  };
}

/**
 * The model of the site in `lang` (Vietnamese by default). `strings` holds the words of
 * every language of the site (the content's, src/pipeline/content.ts); by default the built-in ones.
 */
export function buildSiteModel(
  config: SiteConfig,
  entries: readonly { slug: string; data: Notice; original?: CheckedOriginal }[],
  site: URL | string | undefined,
  base: string,
  lang: Lang = DEFAULT_LANG,
  strings: Readonly<Record<Lang, Strings>> = BUILT_IN,
  calendar?: WorkCalendar,
): SiteModel {
  const languages = siteLanguages(config).map((l) => frameOf(config, l, strings));
  const frame = languages.find((l) => l.lang === lang) ?? frameOf(config, lang, strings);
  const links = linksOf(site, base);
  const roots: LanguageRoot[] = languages.map((l) => ({ lang: l.lang, prefix: l.prefix }));
  const life = lifecycles(entries);
  // Other notices are named in this language, and linked to their pages in it.
  const shown = (n: Notice) => (lang === DEFAULT_LANG ? n : (translatedNotice(n, lang)?.notice ?? n));
  const refs = new Map<string, NoticeRef>(entries.map((e) => [e.slug, noticeRef(e.slug, shown(e.data), frame.t, links, frame.prefix)]));
  const ref = (slug: string) => refs.get(slug)!;
  const notices = entries
    .map((e) => buildNoticeView(e.slug, e.data, frame.t, links, { lang, languages: roots, life: life.get(e.slug)!, ref, original: e.original, siteName: frame.config.name, ...(calendar ? { calendar } : {}) }))
    .sort(byNewest);
  // The directory groups by the issuing body as the original names it (the site's own agency first).
  const directory = buildDirectory(notices, config.agency);
  return { ...frame, links, languages, notices, bySlug: new Map(notices.map((v) => [v.slug, v])), directory };
}

/** The model in every language of the site, Vietnamese first. */
export function buildSiteModels(
  config: SiteConfig,
  entries: readonly { slug: string; data: Notice; original?: CheckedOriginal }[],
  site: URL | string | undefined,
  base: string,
  strings: Readonly<Record<Lang, Strings>> = BUILT_IN,
  calendar?: WorkCalendar,
): SiteModel[] {
  return siteLanguages(config).map((lang) => buildSiteModel(config, entries, site, base, lang, strings, calendar));
}
