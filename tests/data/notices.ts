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
import { kindOf } from '../../src/kinds/index.ts';
import { translator } from '../../src/i18n/index.ts';
import { weekendsOnly } from '../../src/lib/calendar.ts';
import type { ContactView } from '../../src/kinds/contact.ts';

/**
 * The people a notice's kind names to call (its contact view as if it offered them),
 * whatever the kind: what a page, a vCard or a record must show when the notice offers its
 * numbers, and must not when it does not.
 */
export function peopleOf(data: Notice): ContactView[] {
  return kindOf(data).contact(data, data, { t: translator(), offers: true, mailto: (e) => `mailto:${e}`, vcardPath: () => '', calendar: weekendsOnly('2000-01-01'), folder: '' }).contacts;
}

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

/** `content`: the content folder the site was built from (the fixture site's has its originals). */
async function site(name: string, dir: string, content: string, siteUrl = SITE_URL, base = '/'): Promise<BuiltSite> {
  const models = Object.fromEntries(await Promise.all(LANGUAGES.map(async ({ lang }) => [lang, await modelOfContent(content, { site: siteUrl, base, lang })] as const)));
  const model = models.vi!;
  const notices = [...model.notices]
    .sort((a, b) => a.slug.localeCompare(b.slug))
    .map((view) => ({ slug: view.slug, data: view.notice, view, views: Object.fromEntries(LANGUAGES.map(({ lang }) => [lang, models[lang]!.bySlug.get(view.slug)!])) }));
  return { name, dir, site: siteUrl, base, model, models, notices };
}

/** Each built site with the notices it was built from. */
export const SITES = await Promise.all([site('dist', DIST, CONTENT), site('fixture site', FIXTURE_DIST, FIXTURE_CONTENT)]);
/** The fixture notices under a sub-folder, as GitHub Pages serves them. */
export const BASE_SITE = await site('sub-folder site', BASE_DIST, FIXTURE_CONTENT, BASE_SITE_URL, BASE_PATH);

export { SITE_URL };
export const ESCAPE_SLUG = 'data-escape-thu-nghiem-2026-03';
