/**
 * Site models and notice views of notice files, built as the build builds them
 * (src/model/site.ts from validated files), for the tests that check derived values
 * without a built site.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contentTrustRoots, noticeFiles, validateAll, validateNotices, validateYaml } from '../../src/pipeline/validate.ts';
import { buildSiteModel, type SiteModel } from '../../src/model/site.ts';
import type { NoticeView } from '../../src/model/notice.ts';
import { SiteConfig } from '../../src/schema/site.ts';
import { CONTENT, FIXTURE_BUILD_EPOCH, SITE_URL } from './paths.ts';
import { loadDaysOff } from '../../src/pipeline/content.ts';
import { buildDay, workCalendar } from '../../src/lib/calendar.ts';

/** The calendar the test sites are built with: the content folder's days off, on the fixture's build day. */
export const testCalendar = (root = CONTENT) => workCalendar(loadDaysOff(root).daysOff, buildDay({ SOURCE_DATE_EPOCH: FIXTURE_BUILD_EPOCH }));

export function siteConfig(): SiteConfig {
  const file = path.join(CONTENT, 'site.yaml');
  const r = validateYaml(file, readFileSync(file), SiteConfig);
  if (!r.ok) throw new Error(`${file} is invalid`);
  return r.data;
}

interface ModelOptions {
  site?: string;
  base?: string;
  /** The language of the model (default Vietnamese): one of content/site.yaml's. */
  lang?: string;
}

export function modelOf(files: string[], { site = SITE_URL, base = '/', lang = 'vi' }: ModelOptions = {}): SiteModel {
  const { notices, problems } = validateAll(files);
  if (problems.length) throw new Error(`invalid notices: ${problems.map((p) => `${p.file}: ${p.message}`).join('; ')}`);
  return buildSiteModel(siteConfig(), notices, site, base, lang, undefined, testCalendar());
}

export function viewOf(file: string, opts?: ModelOptions): NoticeView {
  return modelOf([file], opts).notices[0]!;
}

/**
 * The model of a content folder as the build makes it, originals verified: for the built
 * test sites, whose content folders (.test-results/…) hold the originals made at test time.
 */
export async function modelOfContent(root: string, { site = SITE_URL, base = '/', lang = 'vi' }: ModelOptions = {}): Promise<SiteModel> {
  const { notices, problems } = await validateNotices(noticeFiles(path.join(root, 'notices')), contentTrustRoots(root));
  if (problems.length) throw new Error(`invalid notices: ${problems.map((p) => `${p.file}: ${p.message}`).join('; ')}`);
  return buildSiteModel(siteConfig(), notices, site, base, lang, undefined, testCalendar(root));
}
