// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import downloads from './src/integrations/downloads.ts';
import pdfs from './src/integrations/pdfs.ts';
import publishedFiles from './src/integrations/published-files.ts';
import searchIndex from './src/integrations/search-index.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import admin from './src/integrations/admin.ts';

/**
 * The public address of the site. It is configuration, not content: the QR code on the
 * printed notice, canonical links, the feed and the sitemap all derive from it, through
 * Astro's `site` and `base` and nothing else.
 * Set SITE_URL (and BASE_PATH when the site lives in a sub-folder, as on GitHub Pages).
 */
const site = process.env.SITE_URL ?? 'https://songoaivu.haiphong.gov.vn';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // The site's stylesheet goes inside each page, written by the page itself with its hash
    // in the page's Content-Security-Policy (src/components/PageHead.astro, src/lib/csp.ts):
    // the page paints from its HTML alone. A stylesheet imported Astro's way would become a
    // file, which the policy's 'self' allows, never an inline <style> it does not.
    inlineStylesheets: 'never',
    // Two pages rendered at a time: one at a time, Astro's thread sat idle for 40 % of the
    // rendering, waiting for each file to be written. At 1000 notices: −0.5 s wall, same CPU,
    // same output (bench/README.md). More than two gained nothing on the 2-core build machine.
    concurrency: 2,
  },
  // A page's script is always a file of its own, never inlined however small (the file
  // check's is): no page carries an inline script, so the policy needs no script hash
  // (tests/privacy/). Every other asset keeps Vite's default limit.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
  // A rebuild renders only the pages whose data or code changed; the others are copied from
  // the last build (Astro keeps them in its cacheDir, which `npm run build` names per output
  // folder). Each page's key comes from the site model (src/outputs/page-keys.ts).
  experimental: { incrementalBuild: true },
  // No prefetch, no client router: pages are plain documents that need no JavaScript.
  prefetch: false,
  devToolbar: { enabled: false },
  // The sitemap lists every page search engines should index (the 404 page is left out by
  // the integration itself, the print previews ban-in/ by the filter: they are noindex and
  // name their notice as canonical; so is the staff form, admin/). The accessibility tests
  // read it, and add the previews.
  // Then, at the end of the build, from the same validated content as the pages: vCards,
  // open data and the signed originals, the search index, the staff form's files, a PDF of
  // every notice (printed from its built page, which then gets the PDF's size), the SHA-256
  // of every published file (after the PDFs exist: the check page and its open data), and
  // the _headers policy from the pages' own (last, so it reads the pages as they are served).
  integrations: [
    sitemap({ filter: (page) => !/\/(ban-in|admin)\/$/.test(new URL(page).pathname) }),
    downloads(),
    searchIndex(),
    admin(),
    pdfs(),
    publishedFiles(),
    securityHeaders(),
  ],
});
