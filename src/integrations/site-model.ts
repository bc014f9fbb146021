/**
 * The site model as the integrations see it: built from the one validated content
 * (src/lib/content.ts) with the site's address and base path from Astro's config, once
 * per validated content, and shared by every integration.
 */
import { buildSiteModel, type SiteModel } from '../model/site.ts';
import { content, type Content } from '../lib/content.ts';
import type { AstroConfig } from 'astro';

let cached: { content: Content; key: string; model: SiteModel } | undefined;

/** The model of the current content; null while the content has problems (they are reported elsewhere). */
export async function integrationModel(config: Pick<AstroConfig, 'site' | 'base'>): Promise<SiteModel | null> {
  const c = await content();
  if (c.problems.length || !c.site) return null;
  const key = `${config.site}|${config.base}`;
  if (cached?.content !== c || cached.key !== key) {
    cached = { content: c, key, model: buildSiteModel(c.site, c.notices.map((n) => ({ slug: n.slug, data: n.data, original: n.original })), config.site, config.base) };
  }
  return cached.model;
}
