/**
 * Route data, as Starlight does it: before any page or endpoint renders, the site model
 * of the page's language (every notice's view, the interface's words, the site's links)
 * is put in `Astro.locals.site`, where every component reads it. The language is the
 * page's `lang` route parameter (src/pages/[...lang]/: none for Vietnamese, "en" for
 * /en/…). Each language's model is built once per build (src/model/route-data.ts), not
 * once per page.
 */
import { defineMiddleware } from 'astro:middleware';
import { siteModel } from './route-data.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const lang = context.params.lang;
  context.locals.site = await siteModel(context.site, import.meta.env.BASE_URL, typeof lang === 'string' ? lang : undefined);
  return next();
});
