// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import downloads from './src/integrations/downloads.ts';

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
  build: {
    format: 'directory',
    // One external stylesheet (~2 KB gzipped, cached across pages) rather than an inline
    // <style>: the CSP header in public/_headers can then stay a fixed text with
    // style-src 'self', no hash to keep in step and never 'unsafe-inline'.
    inlineStylesheets: 'never',
    // Two pages rendered at a time: one at a time, Astro's thread sat idle for 40 % of the
    // rendering, waiting for each file to be written. At 1000 notices: −0.5 s wall, same CPU,
    // same output (bench/README.md). More than two gained nothing on the 2-core build machine.
    concurrency: 2,
  },
  // No prefetch, no client router: pages are plain documents that need no JavaScript.
  prefetch: false,
  devToolbar: { enabled: false },
  // The sitemap lists every page search engines should index (the 404 page is left out by
  // the integration itself, the print previews ban-in/ by the filter: they are noindex and
  // name their notice as canonical). The accessibility tests read it, and add the previews.
  // downloads() writes each notice's vCards and open-data JSON (src/lib/downloads.ts).
  integrations: [sitemap({ filter: (page) => !new URL(page).pathname.endsWith('/ban-in/') }), downloads()],
  security: {
    // Astro writes a <meta http-equiv="content-security-policy"> into every page, with a
    // hash for each inline style and script it emits. Everything else comes from the site
    // itself. public/_headers repeats the policy as a header, with the directives a meta
    // tag cannot carry (frame-ancestors).
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (this
        // permits compiling WebAssembly only, not JavaScript eval).
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
