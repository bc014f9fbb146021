/**
 * The GitHub workflows cannot run on our machines, but they can be checked against
 * GitHub's workflow schema (action-validator), and for the steps staff depend on: a pull
 * request validates with annotations before anything else, and main deploys to Pages only
 * after a build that validated first.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateWorkflow } from '@action-validator/core';
import { ROOT } from '../../support/paths.ts';

const workflow = (name: string) => readFileSync(path.join(ROOT, '.github/workflows', name), 'utf8');

describe.each(['kiem-tra.yml', 'dang-trang.yml'])('%s', (name) => {
  it('is a valid GitHub Actions workflow', () => {
    expect(validateWorkflow(workflow(name)).errors).toEqual([]);
  });
});

describe('what the workflows do', () => {
  const steps = (wf: any, job: string): string[] => wf.jobs[job].steps.map((s: any) => s.run ?? s.uses);

  it('on a pull request, first the content: validate with annotations, the YAML style, build, the changed notices in a browser', () => {
    const wf = parse(workflow('kiem-tra.yml'));
    expect(Object.keys(wf.on)).toContain('pull_request');
    const runs = steps(wf, 'noi-dung');
    const at = (re: RegExp) => runs.findIndex((r) => re.test(r ?? ''));
    expect(at(/npm run -s validate -- --format=github/)).toBeGreaterThan(-1);
    expect(at(/npm run -s validate/)).toBeLessThan(at(/npm run -s format -- --check/));
    expect(at(/npm run -s format -- --check/)).toBeLessThan(at(/npm run build/));
    expect(at(/npm run build/)).toBeLessThan(at(/npm run -s smoke/));
    // The smoke test is given the notices the pull request added or changed.
    expect(runs.find((r) => /git diff --name-only --diff-filter=AM/.test(r ?? ''))).toBeTruthy();
  });

  it('runs the whole suite only when more than content/ changed, after the content job', () => {
    const wf = parse(workflow('kiem-tra.yml'));
    expect(wf.jobs['ma-nguon'].needs).toBe('noi-dung');
    expect(wf.jobs['ma-nguon'].if).toBe("needs.noi-dung.outputs.code == 'true'");
    const runs = steps(wf, 'ma-nguon');
    expect(runs.findIndex((r) => /npm run check/.test(r ?? ''))).toBeLessThan(runs.findIndex((r) => /npm test/.test(r ?? '')));
    // Content-only: a change that touches nothing but content/ sets code=false.
    const decide = steps(wf, 'noi-dung').find((r) => /code=true/.test(r ?? ''))!;
    expect(decide).toContain("grep -qv '^content/' changed.txt");
  });

  it('on main: builds (which validates first) and deploys to GitHub Pages', () => {
    const wf = parse(workflow('dang-trang.yml'));
    expect(wf.on.push.branches).toEqual(['main']);
    const uses: string[] = Object.values(wf.jobs).flatMap((j: any) => j.steps.map((s: any) => s.run ?? s.uses));
    expect(uses.some((u) => /npm run build/.test(u))).toBe(true);
    expect(uses.some((u) => /^actions\/deploy-pages@/.test(u))).toBe(true);
  });

  it('on main: builds in Debian with its Chromium installed, and refuses to publish without PDFs', () => {
    const wf = parse(workflow('dang-trang.yml'));
    const build = Object.values(wf.jobs).find((j: any) => j.steps.some((s: any) => /npm run build/.test(s.run ?? ''))) as any;
    // Ubuntu's chromium package is a snap stub that cannot run in CI: Debian's is the real one.
    expect(build.container).toMatch(/^node:24-bookworm/);
    const runs: string[] = build.steps.map((s: any) => s.run ?? s.uses ?? '');
    const install = runs.findIndex((r) => /apt-get install\b.*\bchromium\b/.test(r));
    expect(install).toBeGreaterThan(-1);
    expect(install).toBeLessThan(runs.findIndex((r) => /npm run build/.test(r)));
    expect(build.env?.PDF_REQUIRED ?? build.steps.find((s: any) => /npm run build/.test(s.run ?? '')).env?.PDF_REQUIRED).toBe('1');
  });
});
