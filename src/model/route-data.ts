/**
 * What every page reads: the site model of the page's language (src/model/site.ts), built
 * from the content collections once per build and language, not once per page. In a
 * build the collections cannot change, so each language's model is built on its first
 * page and given to every other one as it is (asking the collections again costs a copy
 * of every entry per page: 2 million objects at 1000 notices). In `astro dev` every
 * request asks again, and a changed file brings new entries, hence new models.
 *
 * A page has a version in each of the site's languages when it lives under
 * src/pages/[...lang]/ and takes its paths from `languageRoutes()`: the `lang` route
 * parameter is empty for Vietnamese (the site's root) and the language's code for the
 * others (`/en/…`), and the middleware gives the page the model of that language.
 *
 * What was verified about each notice's signed original (who signed, when) is not notice
 * data, so the collection does not carry it: it comes from the same validated content
 * (src/pipeline/content.ts) the collection was filled from.
 */
import { getCollection } from 'astro:content';
import { content } from '../pipeline/content.ts';
import { buildSiteModel, languagePrefix, type SiteModel } from './site.ts';
import { siteLanguages, type SiteConfig } from '../schema/site.ts';
import { DEFAULT_LANG, type Lang, type Strings } from '../i18n/index.ts';

let cached: { key: unknown[]; models: Map<Lang, SiteModel> } | undefined;

async function siteConfig(): Promise<SiteConfig> {
  const [config] = await getCollection('site');
  if (!config) throw new Error('Thiếu cấu hình trang web (content/site.yaml).');
  return config.data as SiteConfig;
}

/** The `lang` route parameter of each language's pages, and the language it stands for. */
export async function languageRoutes(): Promise<{ lang: Lang; params: { lang: string | undefined } }[]> {
  return siteLanguages(await siteConfig()).map((lang) => ({ lang, params: { lang: languagePrefix(lang).slice(0, -1) || undefined } }));
}

/** getStaticPaths of a page that has no parameter but its language. */
export async function languagePaths() {
  return (await languageRoutes()).map(({ params }) => ({ params }));
}

/** The language of a page from its `lang` route parameter (none: Vietnamese). */
async function langOf(param: string | undefined): Promise<Lang> {
  if (!param) return DEFAULT_LANG;
  return (await languageRoutes()).find((r) => r.params.lang === param)?.lang ?? DEFAULT_LANG;
}

/** The notices with what validation verified of their signed originals. */
async function entries() {
  const notices = await getCollection('notices');
  const originals = new Map((await content()).notices.map((n) => [n.slug, n.original]));
  return notices.map((e) => ({ slug: e.id, data: e.data, original: originals.get(e.id) }));
}

export async function siteModel(site: URL | undefined, base: string, param?: string): Promise<SiteModel> {
  const lang = await langOf(param);
  const fresh = cached && !import.meta.env.DEV && cached.key[0] === String(site) && cached.key[1] === base;
  if (!fresh) {
    const config = await siteConfig();
    const strings = await getCollection('strings');
    const key: unknown[] = [String(site), base, config, ...strings.map((e) => e.data), ...(await entries()).flatMap((e) => [e.data, e.original])];
    if (!cached || cached.key.length !== key.length || cached.key.some((k, i) => k !== key[i])) cached = { key, models: new Map() };
  }
  let model = cached!.models.get(lang);
  if (!model) {
    const config = await siteConfig();
    const strings = Object.fromEntries((await getCollection('strings')).map((e) => [e.id, e.data as Strings]));
    model = buildSiteModel(config, await entries(), site, base, lang, strings);
    cached!.models.set(lang, model);
  }
  return model;
}
