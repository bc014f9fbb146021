/**
 * What every page reads: the site model (src/model/site.ts), built from the content
 * collections once per build, not once per page. In a build the collections cannot
 * change, so the model is built on the first page and given to every other one as it is
 * (asking the collections again costs a copy of every entry per page: 2 million objects
 * at 1000 notices). In `astro dev` every request asks again, and a changed file brings
 * new entries, hence a new model.
 *
 * What was verified about each notice's signed original (who signed, when) is not notice
 * data, so the collection does not carry it: it comes from the same validated content
 * (src/lib/content.ts) the collection was filled from.
 */
import { getCollection } from 'astro:content';
import { content } from './content.ts';
import { buildSiteModel, type SiteModel } from '../model/site.ts';
import type { SiteConfig } from '../schema/site.ts';

let cached: { key: unknown[]; model: SiteModel } | undefined;

export async function siteModel(site: URL | undefined, base: string): Promise<SiteModel> {
  if (cached && !import.meta.env.DEV && cached.key[0] === String(site) && cached.key[1] === base) return cached.model;
  const [config] = await getCollection('site');
  const notices = await getCollection('notices');
  if (!config) throw new Error('Thiếu cấu hình trang web (content/site.yaml).');
  const originals = new Map((await content()).notices.map((n) => [n.slug, n.original]));
  const entries = notices.map((e) => ({ slug: e.id, data: e.data, original: originals.get(e.id) }));
  const key: unknown[] = [String(site), base, config.data, ...entries.flatMap((e) => [e.data, e.original])];
  if (cached && cached.key.length === key.length && cached.key.every((k, i) => k === key[i])) return cached.model;
  const model = buildSiteModel(config.data as SiteConfig, entries, site, base);
  cached = { key, model };
  return model;
}
