/** One vCard per hotline: /thong-bao/<slug>/lien-he-<n>.vcf (see src/lib/vcard.ts). */
import type { APIContext, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { hotlineVCard } from '../../../lib/vcard.ts';
import { absoluteUrl, noticePath, vcardPath } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const notices = await getCollection('notices');
  return notices.flatMap((entry) =>
    entry.data.hotlines.contacts.map((_c, i) => ({ params: { slug: entry.id, n: String(i + 1) }, props: { entry, index: i } })),
  );
}) satisfies GetStaticPaths;

export function GET({ props, site }: APIContext<{ entry: CollectionEntry<'notices'>; index: number }>) {
  const { entry, index } = props;
  const base = import.meta.env.BASE_URL;
  const body = hotlineVCard(entry.data, index, {
    notice: absoluteUrl(site, base, noticePath(entry.id)),
    self: absoluteUrl(site, base, vcardPath(entry.id, index)),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
}
