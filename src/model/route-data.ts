/**
 * What every page reads: the site model of the page's language (src/model/site.ts), built
 * once per build and language from the validated content, not once per page, and the
 * same object the integrations read (src/model/site-models.ts). In `astro dev` a changed
 * file is validated again (the content loader), which brings new models.
 *
 * A page has a version in each of the site's languages when it lives under
 * src/pages/[...lang]/ and takes its paths from `languageRoutes()`: the `lang` route
 * parameter is empty for Vietnamese (the site's root) and the language's code for the
 * others (`/en/…`), and the middleware gives the page the model of that language.
 */
import { languagePrefix, type SiteModel } from './site.ts';
import { siteModelOf } from './site-models.ts';
import { content } from '../pipeline/content.ts';
import { siteLanguages, type SiteConfig } from '../schema/site.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/index.ts';

/**
 * The `lang` route parameter of each language's pages, and the language it stands for. From the
 * validated site.yaml the site models are built from (src/pipeline/content.ts, the `site`
 * collection's one entry), not from the collection: every page asks, through the middleware's langOf.
 */
export async function languageRoutes(): Promise<{ lang: Lang; params: { lang: string | undefined } }[]> {
  const config: SiteConfig | null = (await content()).site;
  if (!config) throw new Error('Thiếu cấu hình trang web (content/site.yaml).');
  return siteLanguages(config).map((lang) => ({ lang, params: { lang: languagePrefix(lang).slice(0, -1) || undefined } }));
}

/** The language of a page from its `lang` route parameter (none: Vietnamese). */
export async function langOf(param: string | undefined): Promise<Lang> {
  if (!param) return DEFAULT_LANG;
  return (await languageRoutes()).find((r) => r.params.lang === param)?.lang ?? DEFAULT_LANG;
}

/** The model of the page's language: the one the integrations read too (src/model/site-models.ts). */
export async function siteModel(site: URL | undefined, base: string, param?: string): Promise<SiteModel> {
  const model = await siteModelOf(await langOf(param), { site, base });
  if (!model) throw new Error('Thiếu cấu hình trang web (content/site.yaml).');
  return model;
}
