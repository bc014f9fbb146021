/**
 * The QR code printed under a notice (src/components/PrintQr.astro), as a file beside its page
 * in each language that has the notice's text (as the print preview, ban-in/): it leads to that
 * page's address. Its path is qrPath() (src/lib/urls.ts).
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { qrSvg } from '../../../../lib/qr.ts';
import { languageRoutes } from '../../../../model/route-data.ts';
import { pageKeys } from '../../../../outputs/page-keys.ts';

export async function getStaticPaths() {
  const notices = await getCollection('notices');
  const perLanguage = await Promise.all(
    (await languageRoutes()).map(async ({ lang, params }) => {
      const keys = await pageKeys(params.lang);
      return notices
        .filter((e) => lang === 'vi' || e.data.translations?.[lang])
        .map((e) => ({ params: { ...params, slug: e.id }, cacheKey: keys.notice(e.id) }));
    }),
  );
  return perLanguage.flat();
}

export const GET: APIRoute = ({ params, locals }) => {
  const view = locals.site.bySlug.get(params.slug!)!;
  return new Response(qrSvg(view.urls.page), { headers: { 'content-type': 'image/svg+xml' } });
};
