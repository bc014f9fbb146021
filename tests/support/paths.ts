import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');
/** The content folder as published: site.yaml and notices/. */
export const CONTENT = path.join(ROOT, 'content');
/**
 * The agency's original text of the seed notice. The team keeps it in ../shared; a copy is
 * committed here so the tests also run where ../shared is absent (GitHub Actions), and
 * tests/site/seed-copy.test.ts fails if the two ever differ.
 */
export const SEED_TEXT = path.join(ROOT, 'tests/fixtures/seed/notice-hotline-2026-05.txt');
export const SHARED_SEED_TEXT = path.resolve(ROOT, '../shared/seed/notice-hotline-2026-05.txt');
export const SEED_YAML = path.join(ROOT, 'content/notices/duong-day-nong-2026-05.yaml');
export const SEED_SLUG = 'duong-day-nong-2026-05';
export const FIXTURES = path.join(ROOT, 'tests/fixtures');
/**
 * Each kind's example notices, by the kind's folder: src/kinds/<kind>/examples/ (a valid notice
 * of the kind in its typical states), every such folder there is; tests/unit/validation/accepted.test.ts
 * checks that they are the registry's kinds (src/kinds/index.ts), each with examples of its own kind.
 */
export const KIND_EXAMPLES: Readonly<Record<string, string>> = Object.fromEntries(
  readdirSync(path.join(ROOT, 'src/kinds'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(ROOT, 'src/kinds', d.name, 'examples')))
    .map((d) => d.name)
    .sort()
    .map((kind) => [kind, path.join(ROOT, 'src/kinds', kind, 'examples')]),
);
/**
 * Notices of the fixture site that are no kind's example: a second notice and the cases that
 * exercise the site's machinery (odd bytes, text that must be escaped, signed and scanned originals).
 */
export const FIXTURE_NOTICES = path.join(ROOT, 'tests/fixtures/site');
/** The folders of the notices the fixture site adds to the published ones: each kind's examples, then FIXTURE_NOTICES. */
export const FIXTURE_NOTICE_DIRS: readonly string[] = [...Object.values(KIND_EXAMPLES), FIXTURE_NOTICES];
const yamlIn = (dir: string) => readdirSync(dir).filter((f) => /\.ya?ml$/i.test(f)).sort().map((f) => path.join(dir, f));
/** Every notice file the fixture site adds to the published ones (FIXTURE_NOTICE_DIRS), each folder's sorted by name. */
export const FIXTURE_NOTICE_FILES: readonly string[] = FIXTURE_NOTICE_DIRS.flatMap(yamlIn);
/** The file of a notice of the fixture site that is not published, wherever it is kept (a kind's examples or FIXTURE_NOTICES). */
export function fixtureNotice(slug: string): string {
  const found = FIXTURE_NOTICE_FILES.filter((f) => path.basename(f).replace(/\.ya?ml$/i, '') === slug);
  if (found.length !== 1) throw new Error(`fixture notice ${slug}: ${found.length ? `in ${found.length} places: ${found.join(', ')}` : 'none'}`);
  return found[0]!;
}
/** The fixture site: published notices + FIXTURE_NOTICE_FILES, built when a test first needs it (build-site.ts). */
export const FIXTURE_DIST = path.join(ROOT, '.test-results/fixture-dist');
/** Its content folder, as the build read it: with the originals and trust root made at test time. */
export const FIXTURE_CONTENT = path.join(ROOT, '.test-results/fixture-content');
export const SECOND_SLUG = 'thu-nghiem-lich-tiep-cong-dan-2026-06';
/**
 * The day the fixture sites are built on (SOURCE_DATE_EPOCH, seconds): 1 February 2026, 00:00 in
 * Vietnam, so the reception schedules' next days are fixed: the in-force one's February day moved
 * past Tết (content/days-off/2026.yaml), the ended one's period over.
 */
export const FIXTURE_BUILD_EPOCH = '1769878800';
/** The citizen-reception schedules of the fixture site (the reception kind's examples, src/kinds/reception/examples/). */
export const RECEPTION_SLUG = 'thu-nghiem-lich-tiep-cong-dan-2026';
export const RECEPTION_REPLACED_SLUG = 'thu-nghiem-lich-tiep-cong-dan-2026-cu';
export const RECEPTION_ENDED_SLUG = 'thu-nghiem-lich-tiep-cong-dan-thang-01-2026';
export const RECEPTION_TET_SLUG = 'thu-nghiem-lich-tiep-cong-dan-tet-2026';
/** The search site: published notices + the second notice only (see build-site.ts). */
export const SEARCH_DIST = path.join(ROOT, '.test-results/search-dist');
/**
 * The sub-folder site: the fixture notices built as GitHub Pages serves a project site,
 * under BASE_PATH at another address (see build-site.ts).
 */
export const BASE_DIST = path.join(ROOT, '.test-results/base-dist');
export const BASE_PATH = '/thong-bao-so-ngoai-vu/';
export const BASE_SITE_URL = 'https://so-ngoai-vu.github.io';
/**
 * The second-language site: a content folder of the tests alone (tests/fixtures/ko-site/:
 * its own site.yaml offering Korean, a Korean strings file, a notice translated into
 * Korean), built when a test first needs it (build-site.ts) to show that a language is content, not code.
 */
export const KO_CONTENT = path.join(ROOT, 'tests/fixtures/ko-site');
export const KO_DIST = path.join(ROOT, '.test-results/ko-dist');
export const KO_SLUG = 'thu-nghiem-tieng-han-2026-05';
/** The address every other test site is built for (astro.config.mjs's default). */
export const SITE_URL = 'https://songoaivu.haiphong.gov.vn';
/** The repository the fixture sites' staff form saves to (mocked: tests/support/github-mock.ts). */
export const CMS_OWNER = 'songoaivu-haiphong';
export const CMS_REPO = 'thong-bao';
