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
export function integrationModel(config: Pick<AstroConfig, 'site' | 'base'>): SiteModel | null {
  const c = content();
  if (c.problems.length || !c.site) return null;
  const key = `${config.site}|${config.base}`;
  if (cached?.content !== c || cached.key !== key) {
    cached = { content: c, key, model: buildSiteModel(c.site, c.notices.map((n) => ({ slug: n.slug, data: n.data })), config.site, config.base) };
  }
  return cached.model;
}
