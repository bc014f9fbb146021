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
  /** The model in each of the site's languages (content/site.yaml: Vietnamese and English). */
  models: Record<string, SiteModel>;
  /** The validated notices in file order (not the site's order), each with its view, and its view in each language. */
  notices: { slug: string; data: Notice; view: NoticeView; views: Record<string, NoticeView> }[];
}

/** The site's languages, Vietnamese first, where each one's pages live, and its names (content/site.yaml). */
export const LANGUAGES = [
  { lang: 'vi', prefix: '', siteName: 'Thông báo của Sở Ngoại vụ Hải Phòng', shortName: 'Sở Ngoại vụ Hải Phòng', locale: 'vi_VN' },
  { lang: 'en', prefix: 'en/', siteName: 'Notices of the Hai Phong Department of Foreign Affairs', shortName: 'Hai Phong Department of Foreign Affairs', locale: 'en_GB' },
] as const;

function site(name: string, dir: string, dirs: string[], siteUrl = SITE_URL, base = '/'): BuiltSite {
  const models = Object.fromEntries(LANGUAGES.map(({ lang }) => [lang, modelOf(files(dirs), { site: siteUrl, base, lang })]));
  const model = models.vi!;
  const notices = [...model.notices]
    .sort((a, b) => a.slug.localeCompare(b.slug))
    .map((view) => ({ slug: view.slug, data: view.notice, view, views: Object.fromEntries(LANGUAGES.map(({ lang }) => [lang, models[lang]!.bySlug.get(view.slug)!])) }));
  return { name, dir, site: siteUrl, base, model, models, notices };
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
