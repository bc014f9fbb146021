/**
 * The QR code printed under a notice (src/components/PrintQr.astro), as a file beside its page
 * in each language that has the notice's text (as the print preview, ban-in/): it leads to that
 * page's address. Its path is qrPath() (src/lib/urls.ts).
 */
import type { APIRoute } from 'astro';
import { qrSvg } from '../../../../lib/qr.ts';
import { noticePaths } from '../../../../outputs/page-keys.ts';

export const getStaticPaths = () => noticePaths({ translatedOnly: true });

export const GET: APIRoute = ({ params, locals }) => {
  const view = locals.site.bySlug.get(params.slug!)!;
  return new Response(qrSvg(view.urls.page), { headers: { 'content-type': 'image/svg+xml' } });
};
