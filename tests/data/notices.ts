/**
 * The notices each built site was made from (its content folder, with the originals made
 * at test time), validated by the project's own validator, and the site model built from
 * them for that site's address: what the machine-readable outputs must agree with.
 */
import type { SiteModel } from '../../src/model/site.ts';
import type { NoticeView } from '../../src/model/notice.ts';
import type { Notice } from '../../src/schema/notice.ts';
import { BASE_DIST, BASE_PATH, BASE_SITE_URL, CONTENT, DIST, FIXTURE_CONTENT, FIXTURE_DIST, SITE_URL } from '../support/paths.ts';
import { modelOfContent } from '../support/views.ts';

export interface BuiltSite {
  name: string;
  dir: string;
  /** The site's address and base path, as it was built. */
  site: string;
  base: string;
  model: SiteModel;
  /** The validated notices in file order (not the site's order), each with its view. */
  notices: { slug: string; data: Notice; view: NoticeView }[];
}

/** `content`: the content folder the site was built from (the fixture site's has its originals). */
async function site(name: string, dir: string, content: string, siteUrl = SITE_URL, base = '/'): Promise<BuiltSite> {
  const model = await modelOfContent(content, { site: siteUrl, base });
  const notices = [...model.notices].sort((a, b) => a.slug.localeCompare(b.slug)).map((view) => ({ slug: view.slug, data: view.notice, view }));
  return { name, dir, site: siteUrl, base, model, notices };
}

/** Each built site with the notices it was built from. */
export const SITES = await Promise.all([site('dist', DIST, CONTENT), site('fixture site', FIXTURE_DIST, FIXTURE_CONTENT)]);
/** The fixture notices under a sub-folder, as GitHub Pages serves them. */
export const BASE_SITE = await site('sub-folder site', BASE_DIST, FIXTURE_CONTENT, BASE_SITE_URL, BASE_PATH);

export { SITE_URL };
export const ESCAPE_SLUG = 'data-escape-thu-nghiem-2026-03';
