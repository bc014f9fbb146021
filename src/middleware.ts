/**
 * Astro's middleware: the route data every page reads (src/model/route-middleware.ts, where
 * its code lives so that the pages' incremental-build keys can name it: src/outputs/page-keys.ts).
 */
export { onRequest } from './model/route-middleware.ts';
