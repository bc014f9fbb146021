/**
 * axe-core (WCAG 2.0–2.2 A/AA + best practices, as tests/a11y/axe.test.ts) on the admin
 * sign-in screen and on the editor form. Sveltia's own markup has violations we cannot fix
 * from outside; they are written to .test-results/admin-axe.json and compared with the
 * list known for 0.221.1, so a new one (ours or Sveltia's) fails the test.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { FIXTURE_DIST } from '../support/paths.ts';
import { GitHubMock } from '../support/github-mock.ts';
import { OWNER, REPO, SEED, SEED_PATH, newContext, openSeed, previewOf, signInWithToken } from './helpers.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function axe(page: Page) {
  // Sveltia fades its screens in. While a fade runs, axe also reports its page-level rules
  // (landmark-one-main, page-has-heading-one), which it does not on the settled screen; whether
  // it ran before or after the fade ended depended on the machine's load. Checked settled.
  await page.evaluate(() => Promise.all(document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity).map((a) => a.finished.catch(() => undefined))));
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    const w = window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; html: string }[] }[] }> } };
    const r = await w.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')), html: v.nodes.slice(0, 2).map((n) => n.html.slice(0, 160)) }));
  }, TAGS);
}

let site: SiteSession;
const report: Record<string, unknown> = {};
beforeAll(async () => {
  site = await openSite(FIXTURE_DIST);
}, 180_000);
afterAll(async () => {
  mkdirSync('.test-results', { recursive: true });
  writeFileSync(path.join('.test-results', 'admin-axe.json'), JSON.stringify(report, null, 2));
  await site?.close();
});

/**
 * The admin page at its sign-in screen, with the stand-in installed: the editor's test signs in
 * from there (the page is loaded once for both tests; alone, the editor's test loads it itself).
 * bypassCSP: the page's CSP rightly refuses the injected axe script.
 */
let signInScreen: Promise<{ context: BrowserContext; page: Page; gh: GitHubMock }> | undefined;
function atSignIn() {
  signInScreen ??= (async () => {
    const context = await newContext(site.browser, { bypassCSP: true });
    const gh = new GitHubMock({ owner: OWNER, repo: REPO, files: { [SEED_PATH]: SEED } });
    await gh.install(context);
    const page = await context.newPage();
    await page.goto(`${site.url}/admin/`);
    await page.getByRole('button', { name: 'Đăng nhập bằng mã truy cập' }).waitFor();
    return { context, page, gh };
  })();
  return signInScreen;
}

describe('axe on /admin/', () => {
  it('sign-in screen', { timeout: 240_000 }, async () => {
    const { page } = await atSignIn();
    report.signIn = await axe(page);
    // Sveltia's: the sign-in screen's content is outside any landmark.
    expect((report.signIn as { id: string }[]).map((v) => v.id).sort()).toEqual(['region']);
  });

  it('editor form', { timeout: 240_000 }, async () => {
    const { context, page, gh } = await atSignIn();
    await signInWithToken(page, gh.token);
    await openSeed(page);
    // The form settled: its fields drawn and the preview showing the document. (Not "network
    // idle": in one whole-suite run of six the editor never had 500 ms without a request under
    // way, and the test waited its 90 s out.)
    await page.locator('[data-key-path] input, [data-key-path] textarea').first().waitFor();
    await previewOf(page).official.waitFor();
    report.editor = await axe(page);
    // Sveltia's: the editor wrapper (.content-editor) is outside any landmark.
    expect((report.editor as { id: string }[]).map((v) => v.id).sort()).toEqual(['region']);
    await context.close();
  });
});
