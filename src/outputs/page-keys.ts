/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page is rendered
 * again only when its key (or its code) changed since the last build. A page renders from
 * its language's frame (the site's identity, the interface's words, the languages, the
 * links) and, for a notice's page and print preview, that notice's view, which already holds
 * everything the page shows of other notices (what replaced it, what it replaces, their
 * titles in this language). So a notice's key is a digest of the frame and of its view, and
 * the key of the pages listing every notice (`all`) a digest of the frame and of every
 * view. Both are derived from the site model itself, once per model (a build and language);
 * the code of the pages and components is Astro's part (the hash of each page's modules).
 * (`astro dev` ignores them.)
 *
 * Among the outputs because whether this build prints PDFs is part of every key: it decides
 * whether a notice page carries the PDF link (NoticeDownloads.astro), and a page rendered
 * with the link must never be copied into a build without Chromium.
 */
import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import { pdfPrinting } from './pdf/page-links.ts';
// The middleware's code as text: no page imports it, so Astro's own hash of a page's code never sees it change.
import middlewareSource from '../model/route-middleware.ts?raw';
import { content } from '../pipeline/content.ts';
import { langOf, languageRoutes, siteModel } from '../model/route-data.ts';
import type { SiteModel } from '../model/site.ts';
import type { NoticeView } from '../model/notice.ts';

export interface PageKeys {
  all: string;
  notice(slug: string): string | undefined;
}

/**
 * Whether JSON.stringify alone writes `v` as dataDigest means it: no Map or Set (their entries
 * count) and no toJSON() (its result could hold one) anywhere in it. Throws on what is not data.
 */
function plainData(v: unknown): boolean {
  if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint')
    throw new Error(`dataDigest: ${typeof v} in the data of a page: its key would not see it change`);
  if (v === null || typeof v !== 'object') return true;
  // A Date writes itself as its ISO string (toJSON), as it would through the replacer: a view's dates then need none.
  if (v instanceof Date) return true;
  if (v instanceof Map || v instanceof Set || typeof (v as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(v)) return v.every(plainData);
  for (const k of Object.keys(v)) if (!plainData((v as Record<string, unknown>)[k])) return false;
  return true;
}

/** A digest of plain data; a Map or Set counts by its entries, and anything else not plain data is refused, so nothing shown escapes the key. */
export function dataDigest(...values: unknown[]): string {
  // A replacer makes JSON.stringify call back into JavaScript for every value (a quarter of a
  // rebuild's model time at N = 1000): checked by a walk first, plain data is written without one.
  if (plainData(values)) return createHash('sha256').update(JSON.stringify(values)).digest('base64url');
  const json = JSON.stringify(values, (_k, v: unknown) => {
    if (v instanceof Map || v instanceof Set) return [...v];
    if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint')
      throw new Error(`dataDigest: ${typeof v} in the data of a page: its key would not see it change`);
    return v;
  });
  return createHash('sha256').update(json).digest('base64url');
}

// One set of keys per site model: a model is built once per build and language (src/model/site-models.ts).
const keysOf = new WeakMap<SiteModel, PageKeys>();

/**
 * A notice's validated data is one object, held by its view in every language (and, in Vietnamese,
 * as the view's `localized` too): its digest is taken once and stands for it in each view's, instead of
 * the same 10 KB written into the digests three times (at N = 1000 translated, half of all the keys' work).
 */
const noticeDigests = new WeakMap<object, string>();
function noticeDigest(notice: object): { notice: string } {
  let d = noticeDigests.get(notice);
  if (d === undefined) noticeDigests.set(notice, (d = dataDigest(notice)));
  return { notice: d };
}

/** A view's digest: all of it, the notice's data by its digest (same object, same digest). */
function viewDigest(frameDigest: string, v: NoticeView): string {
  const notice = noticeDigest(v.notice);
  return dataDigest(frameDigest, { ...v, notice, localized: v.localized === v.notice ? notice : v.localized });
}

export async function pageKeys(param: string | undefined): Promise<PageKeys> {
  const model = await siteModel(new URL(import.meta.env.SITE), import.meta.env.BASE_URL, param);
  let keys = keysOf.get(model);
  if (!keys) {
    // The frame's words are its language's strings table (t() reads nothing else; the other
    // languages' names are in `languages`), its links the site's address and base.
    const frame = [model.lang, model.name, model.config, model.prefix, model.paths, model.languages.map(({ t: _, ...l }) => l)];
    const strings = (await content()).strings[await langOf(param)];
    // The middleware puts the model in every page (src/model/route-middleware.ts), and Astro
    // hashes only the modules a page imports: its code is named here so that a change to it
    // renders every page again.
    const frameDigest = dataDigest(frame, strings, String(import.meta.env.SITE), import.meta.env.BASE_URL, pdfPrinting(), middlewareSource);
    const byNotice = new Map(model.notices.map((v) => [v.slug, viewDigest(frameDigest, v)]));
    keys = { all: dataDigest(frameDigest, [...byNotice]), notice: (slug) => byNotice.get(slug) };
    keysOf.set(model, keys);
  }
  return keys;
}

/** getStaticPaths of a page that has no parameter but its language (it shows every notice: the index, the directory, search, the feed, the file check). */
export async function languagePaths() {
  return Promise.all((await languageRoutes()).map(async ({ params }) => ({ params, cacheKey: (await pageKeys(params.lang)).all })));
}

/**
 * getStaticPaths of a notice's pages: every notice in every language (its page), or
 * `translatedOnly` in Vietnamese and the languages its file has a translation block for (its
 * print preview and the QR code the paper prints, which show the notice's own text).
 */
export async function noticePaths({ translatedOnly = false }: { translatedOnly?: boolean } = {}) {
  const notices = await getCollection('notices');
  const perLanguage = await Promise.all(
    (await languageRoutes()).map(async ({ lang, params }) => {
      const keys = await pageKeys(params.lang);
      return notices
        .filter((e) => !translatedOnly || lang === 'vi' || e.data.translations?.[lang])
        .map((e) => ({ params: { ...params, slug: e.id }, cacheKey: keys.notice(e.id) }));
    }),
  );
  return perLanguage.flat();
}
