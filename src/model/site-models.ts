/**
 * The site models, one per language of the site (Vietnamese first), built once per build
 * and language from the one validated content (src/pipeline/content.ts) and shared by the
 * pages (through src/model/route-data.ts and the middleware) and the integrations (vCards
 * and open data, the search index, the PDFs).
 *
 * Kept on globalThis, like the content itself: Astro loads its config (the integrations)
 * and its pages through module graphs of their own, and a module-level cache would exist
 * once per graph, each building every model again. A model is rebuilt only when the
 * content is validated again (a change in `astro dev`) or asked for another address.
 */
import { buildSiteModel, type SiteModel } from './site.ts';
import { content, type Content } from '../pipeline/content.ts';
import { siteLanguages } from '../schema/site.ts';
import type { Lang } from '../i18n/index.ts';
import { buildDay, workCalendar } from '../lib/calendar.ts';

interface Cached {
  content: Content;
  key: string;
  models: Map<Lang, SiteModel>;
}

const REGISTRY = Symbol.for('thong-bao.site-models');
type Registry = { current?: Cached };
const registry = (): Registry => ((globalThis as Record<symbol, Registry>)[REGISTRY] ??= {});

/** The site's address and base path, as Astro's config and a page's context give them. */
export interface Address {
  site?: URL | string | undefined;
  base: string;
}

// The same address however it is written (a URL or a string, a base with or without its last slash: src/lib/urls.ts reads them alike).
const keyOf = ({ site, base }: Address) => `${site === undefined ? '' : new URL(String(site)).href}|${base.endsWith('/') ? base : `${base}/`}`;

function cacheFor(c: Content, address: Address): Cached {
  const r = registry();
  const key = keyOf(address);
  if (r.current?.content !== c || r.current.key !== key) r.current = { content: c, key, models: new Map() };
  return r.current;
}

/**
 * The model of one language. In `astro dev` the content may have problems (a broken file,
 * reported in the terminal): the model then holds the notices that are valid, so the rest
 * can still be previewed. Null only without a valid site.yaml.
 */
export async function siteModelOf(lang: Lang, address: Address): Promise<SiteModel | null> {
  const c = await content();
  if (!c.site) return null;
  const cached = cacheFor(c, address);
  let model = cached.models.get(lang);
  if (!model) {
    const entries = c.notices.map((n) => ({ slug: n.slug, data: n.data, original: n.original }));
    // Reception days count from the build's day (SOURCE_DATE_EPOCH when set), with the folder's days off.
    model = buildSiteModel(c.site, entries, address.site, address.base, lang, c.strings, workCalendar(c.daysOff, buildDay()));
    cached.models.set(lang, model);
  }
  return model;
}

/** The models of every language, Vietnamese first; null while the content has problems (they are reported elsewhere). */
export async function integrationModels(config: Address): Promise<SiteModel[] | null> {
  const c = await content();
  if (c.problems.length || !c.site) return null;
  const models: SiteModel[] = [];
  for (const lang of siteLanguages(c.site)) models.push((await siteModelOf(lang, config))!);
  return models;
}

/** The Vietnamese model: the original notices. */
export async function integrationModel(config: Address): Promise<SiteModel | null> {
  return (await integrationModels(config))?.[0] ?? null;
}
