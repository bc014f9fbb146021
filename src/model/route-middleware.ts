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
import { keepOwnHashes } from '../lib/csp-hashes.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const lang = context.params.lang;
  context.locals.site = await siteModel(context.site, import.meta.env.BASE_URL, typeof lang === 'string' ? lang : undefined);
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  // The page's bytes read as Latin-1, one character per byte, and written back so: the policy and
  // the tags it looks for are ASCII, and the page is neither decoded from UTF-8 nor encoded again.
  const bytes = Buffer.from(await response.arrayBuffer());
  const html = bytes.toString('latin1');
  const kept = keepOwnHashes(html, 'latin1');
  return new Response(kept === html ? bytes : Buffer.from(kept, 'latin1'), response);
});
