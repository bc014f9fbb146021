/**
 * The files each notice publishes besides its pages: one vCard per hotline
 * (/thong-bao/<slug>/lien-he-<n>.vcf) and its open data (/du-lieu/thong-bao/<slug>.json).
 *
 * They are plain text made from the validated data, with nothing of a page in them, so
 * src/integrations/downloads.ts writes them directly at the end of the build (and serves
 * them in `astro dev`) instead of making each one an Astro route: as routes they cost
 * 1.5 s CPU at 1000 notices, written directly 0.3 s (bench/README.md).
 */
import type { Notice } from '../schema/notice.ts';
import { hotlineVCard } from './vcard.ts';
import { absoluteUrl, dataPath, noticePath, vcardPath } from './urls.ts';

export interface Download {
  /** Site path, relative to the base path (no leading slash), from src/lib/urls.ts. */
  path: string;
  body: string;
  contentType: string;
}

/** Every file `notice` publishes besides its pages. `site` and `base` as in astro.config.mjs. */
export function noticeDownloads(slug: string, notice: Notice, site: URL | string | undefined, base: string): Download[] {
  const vcards = notice.hotlines.contacts.map((_c, i) => ({
    path: vcardPath(slug, i),
    body: hotlineVCard(notice, i, {
      notice: absoluteUrl(site, base, noticePath(slug)),
      self: absoluteUrl(site, base, vcardPath(slug, i)),
    }),
    contentType: 'text/vcard; charset=utf-8',
  }));
  // Open data: the notice's data exactly as validated (the schema only validates, it
  // never transforms). Its shape is the notice schema.
  const data = { path: dataPath(slug), body: `${JSON.stringify(notice, null, 2)}\n`, contentType: 'application/json; charset=utf-8' };
  return [...vcards, data];
}
