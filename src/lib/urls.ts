/**
 * Where each generated file lives, relative to the site's base path (no leading slash).
 * Pages, the feed, the open data and the tests all build addresses from here, so a
 * renamed file cannot leave a dead link behind.
 */

/** A notice's file name, which is its page address: lower case ASCII words joined by hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const FEED_PATH = 'rss.xml';
export const SEARCH_PATH = 'tim-kiem/';
/** Every hotline in force, on one page. */
export const DIRECTORY_PATH = 'duong-day-nong/';
export const SITEMAP_PATH = 'sitemap-index.xml';
export const DATA_INDEX_PATH = 'du-lieu/thong-bao.json';
/** The staff form (/admin/): its page, and its script (with Sveltia) beside it. */
export const ADMIN_PATH = 'admin/';
export const ADMIN_SCRIPT = 'admin/cms.js';
/** Sveltia's fonts and workers, beside the chunks that ask for them. */
export const ADMIN_ASSETS_DIR = 'admin/assets/';
/** JSON Schemas of the open data, named by each file's "$schema". */
export const DATA_SCHEMA_PATH = 'du-lieu/luoc-do/thong-bao.schema.json';
export const DATA_INDEX_SCHEMA_PATH = 'du-lieu/luoc-do/danh-sach.schema.json';
/**
 * "Is this file genuine?": the page where a resident checks a file they received against
 * every file the site published, and that list as open data with its JSON Schema.
 */
export const FILE_CHECK_PATH = 'kiem-tra-tep/';
export const PUBLISHED_FILES_PATH = 'du-lieu/tep-da-cong-bo.json';
export const PUBLISHED_FILES_SCHEMA_PATH = 'du-lieu/luoc-do/tep-da-cong-bo.schema.json';

export function noticePath(slug: string): string {
  return `thong-bao/${slug}/`;
}

/** The print preview of a notice: its A4 sheets on screen. */
export function previewPath(slug: string): string {
  return `${noticePath(slug)}ban-in/`;
}

/**
 * The QR code printed under a notice, leading back to its page (src/components/PrintQr.astro);
 * a file beside the page in each language that has the notice's text (src/outputs/downloads.ts).
 */
export function qrPath(slug: string): string {
  return `${noticePath(slug)}ma-qr.svg`;
}

/** One vCard per hotline, numbered from 1 in the order the notice lists them. */
export function vcardPath(slug: string, index: number): string {
  return `${noticePath(slug)}lien-he-${index + 1}.vcf`;
}

/**
 * The notice printed to PDF by the build (src/integrations/pdfs.ts): the page as Ctrl+P
 * gives it. Named after the notice, so a saved copy says which notice it is.
 */
export function pdfPath(slug: string): string {
  return `${noticePath(slug)}${slug}.pdf`;
}

/**
 * The signed (or scanned) original, published byte for byte. Its own name, not the file
 * name staff gave it: that may be anything their signing software wrote, and may even be
 * the generated PDF's name.
 */
export function originalPath(slug: string): string {
  return `${noticePath(slug)}${slug}-ban-goc.pdf`;
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

/**
 * Addresses on this site from Astro's config (`site`, `base`): pages pass `Astro.site` and
 * `import.meta.env.BASE_URL`, integrations `config.site` and `config.base`. Nothing else
 * decides the base path or the site's address.
 */
export interface Links {
  base: string;
  /** A link from a page: the base path and the site path ("/sub/thong-bao/x/"). */
  href(sitePath: string): string;
  /** The absolute address (feeds, vCards, JSON-LD, QR codes, Open Graph). */
  abs(sitePath: string): string;
}

export function links(site: URL | string | undefined, base: string): Links {
  const b = base.endsWith('/') ? base : `${base}/`;
  return { base: b, href: (p) => withBase(b, p), abs: (p) => absoluteUrl(site, b, p) };
}
