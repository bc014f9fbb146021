/**
 * The notices each built site was made from, validated by the project's own validator:
 * what the machine-readable outputs must agree with.
 */
import path from 'node:path';
import { noticeFiles, validateAll } from '../../src/lib/validate.ts';
import { DIST, FIXTURE_DIST, FIXTURE_NOTICES, ROOT } from '../support/paths.ts';

export type ValidNotice = ReturnType<typeof validateAll>['notices'][number];

function load(dirs: string[]): ValidNotice[] {
  const { notices, problems } = validateAll(dirs.flatMap((d) => noticeFiles(d)));
  if (problems.length) throw new Error(`fixture notices are invalid: ${problems.map((p) => p.message).join('; ')}`);
  return notices;
}

const published = path.join(ROOT, 'content/notices');

/** Each built site with the notices it was built from. */
export const SITES = [
  { name: 'dist', dir: DIST, notices: load([published]) },
  { name: 'fixture site', dir: FIXTURE_DIST, notices: load([published, FIXTURE_NOTICES]) },
];

export const SITE_URL = process.env.SITE_URL ?? 'https://songoaivu.haiphong.gov.vn';
export const ESCAPE_SLUG = 'data-escape-thu-nghiem-2026-03';
