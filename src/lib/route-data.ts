/**
 * What every page reads: the site model (src/model/site.ts), built from the content
 * collections once per build, not once per page. In a build the collections cannot
 * change, so the model is built on the first page and given to every other one as it is
 * (asking the collections again costs a copy of every entry per page: 2 million objects
 * at 1000 notices). In `astro dev` every request asks again, and a changed file brings
 * new entries, hence a new model.
 */
import { getCollection } from 'astro:content';
import { buildSiteModel, type SiteModel } from '../model/site.ts';
import type { SiteConfig } from '../schema/site.ts';

let cached: { key: unknown[]; model: SiteModel } | undefined;

export async function siteModel(site: URL | undefined, base: string): Promise<SiteModel> {
  if (cached && !import.meta.env.DEV && cached.key[0] === String(site) && cached.key[1] === base) return cached.model;
  const [config] = await getCollection('site');
  const notices = await getCollection('notices');
  if (!config) throw new Error('Thiếu cấu hình trang web (content/site.yaml).');
  const key: unknown[] = [String(site), base, config.data, ...notices.map((e) => e.data)];
  if (cached && cached.key.length === key.length && cached.key.every((k, i) => k === key[i])) return cached.model;
  const model = buildSiteModel(config.data as SiteConfig, notices.map((e) => ({ slug: e.id, data: e.data })), site, base);
  cached = { key, model };
  return model;
}
