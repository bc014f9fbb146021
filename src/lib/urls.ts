/**
 * Where each generated file lives, relative to the site's base path (no leading slash).
 * Pages, the feed, the open data and the tests all build addresses from here, so a
 * renamed file cannot leave a dead link behind.
 */

export const FEED_PATH = 'rss.xml';
export const DATA_INDEX_PATH = 'du-lieu/thong-bao.json';

export function noticePath(slug: string): string {
  return `thong-bao/${slug}/`;
}

/** The print preview of a notice: its A4 sheets on screen. */
export function previewPath(slug: string): string {
  return `${noticePath(slug)}ban-in/`;
}

/** One vCard per hotline, numbered from 1 in the order the notice lists them. */
export function vcardPath(slug: string, index: number): string {
  return `${noticePath(slug)}lien-he-${index + 1}.vcf`;
}

/** The notice's validated data, as published open data. */
export function dataPath(slug: string): string {
  return `du-lieu/thong-bao/${slug}.json`;
}

/** Joins `import.meta.env.BASE_URL` ("/" or "/sub/") and a site path. */
export function withBase(base: string, sitePath: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${sitePath}`;
}

/** The absolute address (for feeds, vCards, JSON-LD, Open Graph). */
export function absoluteUrl(site: URL | string | undefined, base: string, sitePath: string): string {
  if (!site) throw new Error('Thiếu địa chỉ trang (site trong astro.config.mjs, hoặc biến SITE_URL).');
  return new URL(withBase(base, sitePath), site).href;
}
