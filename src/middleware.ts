/**
 * Route data, as Starlight does it: before any page or endpoint renders, the site model
 * (every notice's view, the interface's words, the site's links) is put in
 * `Astro.locals.site`, where every component reads it. It is built once per build
 * (src/lib/route-data.ts), not once per page.
 */
import { defineMiddleware } from 'astro:middleware';
import { siteModel } from './lib/route-data.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.site = await siteModel(context.site, import.meta.env.BASE_URL);
  return next();
});
