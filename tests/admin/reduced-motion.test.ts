/**
 * The staff form for staff who turned on "reduce motion" in their system (Windows' "Animation
 * effects" off, macOS/iOS "Reduce motion"), i.e. CSS `prefers-reduced-motion: reduce` (issue 20).
 * It once rendered blank, every click landing on <html>: Sveltia sized its root in the frame its
 * own 1 ms reduced-motion transitions began (src/pages/admin/index.astro). Here staff sign in,
 * see the list, edit the seed's phone number, see it in the preview and save it, in one browser
 * context with `reducedMotion: 'reduce'` (one Sveltia load). GitHub is the stand-in of
 * tests/support/github-mock.ts. SCREENSHOTS=1 keeps a picture of each screen in .test-results/.
 */
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { FIXTURE_DIST } from '../support/paths.ts';
import { PREVIEW_WAIT, SEED_PATH, backToList, openForm, openSeed, previewOf, reveal, save, signInWithToken } from './helpers.ts';

let site: SiteSession;
beforeAll(async () => {
  site = await openSite(FIXTURE_DIST);
}, 180_000);
afterAll(() => site?.close());

async function shot(page: Page, name: string) {
  if (process.env.SCREENSHOTS === '1') await page.screenshot({ path: path.join('.test-results', `reduced-motion-${name}.png`) });
}

/**
 * A click at the middle of `target` lands on it: on it or inside what staff click it as (its
 * row, button or label), not on a blank page's <html>.
 */
async function takesClicks(target: Locator) {
  return target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    const clicked = el.closest('button, a, label, [role="row"], [role="button"], [role="link"]') ?? el;
    return r.width > 0 && r.height > 0 && !!hit && clicked.contains(hit);
  });
}

describe('the staff form under prefers-reduced-motion: reduce', () => {
  it('fills the window; staff sign in, see the list, edit a phone number, see it previewed and save it', { timeout: 300_000 }, async () => {
    const { context, page, gh, problems } = await openForm(site, undefined, { signIn: false, context: { reducedMotion: 'reduce' } });
    try {
      expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);

      // The sign-in screen, drawn and taking clicks (blank, it had these buttons in a 0px-tall box).
      const signIn = page.getByRole('button', { name: 'Đăng nhập bằng mã truy cập' });
      await signIn.waitFor();
      await expect.poll(() => signIn.isVisible()).toBe(true);
      await expect.poll(() => takesClicks(signIn)).toBe(true);
      await expect.poll(() => page.getByRole('heading', { name: /^Biên tập thông báo/ }).isVisible()).toBe(true);
      // The form's root and Sveltia's app shell cover the window.
      const viewport = page.viewportSize()!;
      const box = await page.locator('#nc-root > .sui.app-shell').boundingBox();
      expect(box).toEqual({ x: 0, y: 0, width: viewport.width, height: viewport.height });
      await shot(page, '1-sign-in');

      await signInWithToken(page, gh.token);

      // The list of notices, the seed in it.
      const seedRow = page.locator('bdi', { hasText: 'Số điện thoại đường dây nóng và trang Facebook' }).locator('visible=true').first();
      await seedRow.waitFor();
      await expect.poll(() => takesClicks(seedRow)).toBe(true);
      await shot(page, '2-list');

      // The editor: a phone number changed, the preview showing it, the save making its pull request.
      await openSeed(page);
      const phone = (await reveal(page, 'hotlines.contacts.0.phone')).locator('input');
      expect(await phone.isVisible()).toBe(true);
      await expect.poll(() => takesClicks(phone)).toBe(true);
      expect(await phone.inputValue()).toBe('0934.336.639');
      await phone.fill('0934.336.640');
      const { official } = previewOf(page);
      await expect.poll(() => official.textContent(), PREVIEW_WAIT).toContain('số điện thoại: 0934.336.640');
      expect(await official.isVisible()).toBe(true);
      await shot(page, '3-editor');
      await save(page);
      await expect.poll(() => gh.pulls.length, { timeout: 60_000 }).toBe(1);
      expect(gh.commits).toHaveLength(1);
      expect(gh.commits[0]!.additions.map((a) => a.path)).toEqual([SEED_PATH]);
      expect(gh.commits[0]!.additions[0]!.text).toContain('phone: "0934.336.640"');

      // Back at the list, as staff go on from there.
      await backToList(page);
      await seedRow.waitFor();
      // (The list is redrawn as the editor closes, with the notice's status: polled.)
      await expect.poll(() => takesClicks(seedRow)).toBe(true);
      // Where the change is (src/cms/change-status.ts) and the list's "new notice" button, drawn and
      // taking clicks (Sveltia's "Đã lưu" toast is left out: it goes in its own time).
      const where = page.getByText('Thay đổi của bạn nằm trong', { exact: false }).locator('visible=true').first();
      await expect.poll(() => where.innerText()).toContain('đề nghị thay đổi #1');
      await expect.poll(() => takesClicks(where)).toBe(true);
      await expect.poll(() => takesClicks(page.getByRole('button', { name: 'Tạo thông báo mới' }).locator('visible=true').first())).toBe(true);
      await shot(page, '4-list-after-save');
      // Every request the form made, the stand-in answered as GitHub would.
      expect(gh.requests.filter((r) => r.unknown)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
