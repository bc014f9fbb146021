/**
 * The whole site's view in one language: its identity and every notice's view, newest
 * first, with the words of that language. Built once per build and language from the
 * validated content (src/lib/content.ts) by whoever needs it: the pages (through
 * src/lib/route-data.ts, which gives each page the model of its own language), and the
 * integrations that write the downloads and the search index.
 *
 * Vietnamese pages live at the site's root; every other language of content/site.yaml
 * under its code (`/en/`), with the same paths below it (`/en/thong-bao/<slug>/`), so a
 * page in any language is the same page file reading `lang` from its route.
 */
import { siteIdentity, siteLanguages, type SiteConfig, type SiteIdentity } from '../schema/site.ts';
import type { Notice } from '../schema/notice.ts';
import { BUILT_IN, DEFAULT_LANG, translator, type Lang, type Strings, type Translate } from '../i18n/index.ts';
import { FEED_PATH, SEARCH_PATH, links as linksOf, type Links } from '../lib/urls.ts';
import { buildNoticeView, byNewest, type LanguageRoot, type NoticeView } from './notice.ts';

/** A language of the site, enough to speak it: its words, the site's identity in it, its pages. */
export interface LanguageFrame {
  lang: Lang;
  /** Its own name for itself: "Tiếng Việt", "English". */
  name: string;
  t: Translate;
  config: SiteIdentity;
  /** Prefix of its pages' site paths: "" (Vietnamese), "en/". */
  prefix: string;
  /** Site paths of its home page (the list of notices), search page and feed. */
  paths: { home: string; search: string; feed: string };
}

export interface SiteModel extends LanguageFrame {
  links: Links;
  /** Every language of the site, Vietnamese first, in the order of content/site.yaml. */
  languages: LanguageFrame[];
  /** Newest first. */
  notices: NoticeView[];
  bySlug: ReadonlyMap<string, NoticeView>;
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
    paths: { home: prefix, search: `${prefix}${SEARCH_PATH}`, feed: `${prefix}${FEED_PATH}` },
  };
}

/**
 * The model of the site in `lang` (Vietnamese by default). `strings` holds the words of
 * every language of the site (the content's, src/lib/content.ts); by default the built-in ones.
 */
export function buildSiteModel(
  config: SiteConfig,
  entries: readonly { slug: string; data: Notice }[],
  site: URL | string | undefined,
  base: string,
  lang: Lang = DEFAULT_LANG,
  strings: Readonly<Record<Lang, Strings>> = BUILT_IN,
): SiteModel {
  const languages = siteLanguages(config).map((l) => frameOf(config, l, strings));
  const frame = languages.find((l) => l.lang === lang) ?? frameOf(config, lang, strings);
  const links = linksOf(site, base);
  const roots: LanguageRoot[] = languages.map((l) => ({ lang: l.lang, prefix: l.prefix }));
  const notices = entries.map((e) => buildNoticeView(e.slug, e.data, frame.t, links, { lang, languages: roots })).sort(byNewest);
  return { ...frame, links, languages, notices, bySlug: new Map(notices.map((v) => [v.slug, v])) };
}

/** The model in every language of the site, Vietnamese first. */
export function buildSiteModels(
  config: SiteConfig,
  entries: readonly { slug: string; data: Notice }[],
  site: URL | string | undefined,
  base: string,
  strings: Readonly<Record<Lang, Strings>> = BUILT_IN,
): SiteModel[] {
  return siteLanguages(config).map((lang) => buildSiteModel(config, entries, site, base, lang, strings));
}
