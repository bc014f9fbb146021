/**
 * Open data: a notice's data exactly as validated (the schema only validates, it never
 * transforms), at /du-lieu/thong-bao/<slug>.json. Its shape is the notice schema.
 */
import type { APIContext, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';

export const getStaticPaths = (async () => {
  const notices = await getCollection('notices');
  return notices.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export function GET({ props }: APIContext<{ entry: CollectionEntry<'notices'> }>) {
  return new Response(`${JSON.stringify(props.entry.data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
