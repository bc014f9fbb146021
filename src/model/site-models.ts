/**
 * The site models as the integrations see them, one per language of the site
 * (Vietnamese first): built from the one validated content (src/pipeline/content.ts) with the
 * site's address and base path from Astro's config, once per validated content, and
 * shared by every integration.
 */
import { buildSiteModels, type SiteModel } from './site.ts';
import { content, type Content } from '../pipeline/content.ts';
import type { AstroConfig } from 'astro';

let cached: { content: Content; key: string; models: SiteModel[] } | undefined;

/** The models of the current content, Vietnamese first; null while the content has problems (they are reported elsewhere). */
export async function integrationModels(config: Pick<AstroConfig, 'site' | 'base'>): Promise<SiteModel[] | null> {
  const c = await content();
  if (c.problems.length || !c.site) return null;
  const key = `${config.site}|${config.base}`;
  if (cached?.content !== c || cached.key !== key) {
    const entries = c.notices.map((n) => ({ slug: n.slug, data: n.data, original: n.original }));
    cached = { content: c, key, models: buildSiteModels(c.site, entries, config.site, config.base, c.strings) };
  }
  return cached.models;
}

/** The Vietnamese model: the original notices. */
export async function integrationModel(config: Pick<AstroConfig, 'site' | 'base'>): Promise<SiteModel | null> {
  return (await integrationModels(config))?.[0] ?? null;
}
