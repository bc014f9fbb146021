// @ts-check
import { defineConfig } from 'astro/config';

/**
 * The public address of the site. It is configuration, not content: the QR code on the
 * printed notice, canonical links, the feed and the sitemap all derive from it.
 * Set SITE_URL (and BASE_PATH when the site lives in a sub-folder, as on GitHub Pages).
 */
const site = process.env.SITE_URL ?? 'https://songoaivu.haiphong.gov.vn';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No prefetch, no client router: pages are plain documents that need no JavaScript.
  prefetch: false,
  devToolbar: { enabled: false },
});
