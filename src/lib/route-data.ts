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
 * (src/lib/content.ts) the collection was filled from.
 */
import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import { content } from './content.ts';
import { pdfPrinting } from './pdf/page-links.ts';
import { buildSiteModel, languagePrefix, type SiteModel } from '../model/site.ts';
import { siteLanguages, type SiteConfig } from '../schema/site.ts';
import { DEFAULT_LANG, type Lang, type Strings } from '../i18n/index.ts';

let cached: { key: unknown[]; models: Map<Lang, SiteModel>; pageKeys: Map<Lang, PageKeys> } | undefined;

async function siteConfig(): Promise<SiteConfig> {
  const [config] = await getCollection('site');
  if (!config) throw new Error('Thiếu cấu hình trang web (content/site.yaml).');
  return config.data as SiteConfig;
}

/** The `lang` route parameter of each language's pages, and the language it stands for. */
export async function languageRoutes(): Promise<{ lang: Lang; params: { lang: string | undefined } }[]> {
  return siteLanguages(await siteConfig()).map((lang) => ({ lang, params: { lang: languagePrefix(lang).slice(0, -1) || undefined } }));
}

/** getStaticPaths of a page that has no parameter but its language (it shows every notice: the index, the directory, search, the feed). */
export async function languagePaths() {
  return Promise.all((await languageRoutes()).map(async ({ params }) => ({ params, cacheKey: (await pageKeys(params.lang)).all })));
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
    if (!cached || cached.key.length !== key.length || cached.key.some((k, i) => k !== key[i])) cached = { key, models: new Map(), pageKeys: new Map() };
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

/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page is rendered
 * again only when its key (or its code) changed since the last build. A page renders from
 * its language's frame (the site's identity, the interface's words, the languages, the
 * links) and, for a notice's page and print preview, that notice's view, which already holds
 * everything the page shows of other notices (what replaced it, what it replaces, their
 * titles in this language). So a notice's key is a digest of the frame and of its view, and
 * the key of the pages listing every notice (`all`) a digest of the frame and of every
 * view. Both are derived from the site model itself, once per build and language; the code
 * of the pages and components is Astro's part (the hash of each page's modules).
 * (`astro dev` ignores them; they are made there too, since import.meta.env.DEV follows
 * NODE_ENV and would leave a build run by the tests without keys.)
 */
export interface PageKeys {
  all: string;
  notice(slug: string): string | undefined;
}

/** A digest of plain data; a Map or Set counts by its entries, and anything else not plain data is refused, so nothing shown escapes the key. */
export function dataDigest(...values: unknown[]): string {
  const json = JSON.stringify(values, (_k, v: unknown) => {
    if (v instanceof Map || v instanceof Set) return [...v];
    if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint')
      throw new Error(`dataDigest: ${typeof v} in the data of a page: its key would not see it change`);
    return v;
  });
  return createHash('sha256').update(json).digest('base64url');
}

export async function pageKeys(param: string | undefined): Promise<PageKeys> {
  const lang = await langOf(param);
  const model = await siteModel(new URL(import.meta.env.SITE), import.meta.env.BASE_URL, param);
  let keys = cached!.pageKeys.get(lang);
  if (!keys) {
    // The frame's words are its language's strings table (t() reads nothing else; the other
    // languages' names are in `languages`), its links the site's address and base.
    const frame = [model.lang, model.name, model.config, model.prefix, model.paths, model.languages.map(({ t: _, ...l }) => l)];
    const strings = (await getCollection('strings')).find((e) => e.id === lang)?.data;
    // Whether this build prints PDFs decides whether a notice page carries the PDF link (NoticeDownloads.astro).
    const frameDigest = dataDigest(frame, strings, String(import.meta.env.SITE), import.meta.env.BASE_URL, pdfPrinting());
    const byNotice = new Map(model.notices.map((v) => [v.slug, dataDigest(frameDigest, v)]));
    keys = { all: dataDigest(frameDigest, [...byNotice]), notice: (slug) => byNotice.get(slug) };
    cached!.pageKeys.set(lang, keys);
  }
  return keys;
}
