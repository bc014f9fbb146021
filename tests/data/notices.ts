/**
 * The notices each built site was made from, validated by the project's own validator,
 * and the site model built from them for that site's address: what the machine-readable
 * outputs must agree with.
 */
import path from 'node:path';
import { noticeFiles } from '../../src/lib/validate.ts';
import type { SiteModel } from '../../src/model/site.ts';
import type { NoticeView } from '../../src/model/notice.ts';
import type { Notice } from '../../src/schema/notice.ts';
import { BASE_DIST, BASE_PATH, BASE_SITE_URL, DIST, FIXTURE_DIST, FIXTURE_NOTICES, ROOT, SITE_URL } from '../support/paths.ts';
import { modelOf } from '../support/views.ts';

const published = path.join(ROOT, 'content/notices');
const files = (dirs: string[]) => dirs.flatMap((d) => noticeFiles(d));

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

function site(name: string, dir: string, dirs: string[], siteUrl = SITE_URL, base = '/'): BuiltSite {
  const model = modelOf(files(dirs), { site: siteUrl, base });
  const notices = [...model.notices].sort((a, b) => a.slug.localeCompare(b.slug)).map((view) => ({ slug: view.slug, data: view.notice, view }));
  return { name, dir, site: siteUrl, base, model, notices };
}

/** Each built site with the notices it was built from. */
export const SITES = [
  site('dist', DIST, [published]),
  site('fixture site', FIXTURE_DIST, [published, FIXTURE_NOTICES]),
];
/** The fixture notices under a sub-folder, as GitHub Pages serves them. */
export const BASE_SITE = site('sub-folder site', BASE_DIST, [published, FIXTURE_NOTICES], BASE_SITE_URL, BASE_PATH);

export { SITE_URL };
export const ESCAPE_SLUG = 'data-escape-thu-nghiem-2026-03';
