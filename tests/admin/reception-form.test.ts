/**
 * The citizen-reception schedule (src/kinds/reception/) in the staff form, as staff use it:
 * its own collection beside the hotline notices, each listing only its own kind's files; the
 * day rules offered by their Vietnamese names while the file keeps the codes; a changed
 * period saved as a one-line change in a pull request; the preview showing the document; an
 * hour that contradicts the text refused before the save, with the build's message. GitHub is the stand-in of
 * tests/support/github-mock.ts.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { FIXTURE_DIST, fixtureNotice } from '../support/paths.ts';
import { PREVIEW_WAIT, SEED, SEED_PATH, fill, lineDiff, previewOf, reveal, save, sharedForm } from './helpers.ts';

const SLUG = 'thu-nghiem-lich-tiep-cong-dan-2026';
const FILE = `content/notices/${SLUG}.yaml`;
const TEXT = readFileSync(fixtureNotice(SLUG), 'utf8');
const SUBJECT = 'Lịch tiếp công dân năm 2026 của Sở Ngoại vụ (thử nghiệm)';
/** The schedule it replaces: the checks across files before a save look for it in the repository. */
const OLD = 'thu-nghiem-lich-tiep-cong-dan-2026-cu';

let site: SiteSession;
beforeAll(async () => {
  site = await openSite(FIXTURE_DIST);
}, 180_000);
afterAll(async () => {
  await repoForm.close();
  await site?.close();
});

/**
 * The form signed in to a repository holding the seed (a hotline notice) and two reception
 * schedules, once for this file's tests (the refusal, which commits nothing, first).
 */
const repoForm = sharedForm(() => site, {
  [SEED_PATH]: SEED,
  [FILE]: TEXT,
  [`content/notices/${OLD}.yaml`]: readFileSync(fixtureNotice(OLD), 'utf8'),
  'README.md': '# Thông báo\n',
});

/** That form, open on the schedule. */
async function openSchedule() {
  const form = await repoForm.take();
  const { page } = form;
  // The hotline collection (the first) lists the seed and not the schedule.
  await page.getByText('Thông báo đường dây nóng', { exact: true }).locator('visible=true').first().click();
  const visibleSubjects = () => page.locator('bdi').locator('visible=true').allInnerTexts();
  await expect.poll(visibleSubjects).toEqual(expect.arrayContaining([expect.stringContaining('Số điện thoại đường dây nóng')]));
  expect((await visibleSubjects()).some((s) => s.includes(SUBJECT))).toBe(false);
  await page.getByText('Lịch tiếp công dân', { exact: true }).locator('visible=true').first().click();
  await page.locator('bdi', { hasText: SUBJECT }).locator('visible=true').first().click();
  await page.locator('[data-key-path="issuer"]').first().waitFor();
  return form;
}

/** The name staff read of a select field's chosen option (Sveltia draws a few options as radio buttons). */
async function chosen(page: Page, keyPath: string): Promise<string> {
  const radio = (await reveal(page, keyPath)).getByRole('radio', { checked: true });
  const label = await radio.getAttribute('aria-labelledby');
  return (await page.locator(`[id="${label}"]`).innerText()).trim();
}

describe('the reception schedule in the staff form', () => {
  it("refuses before the save an hour the text does not say, with the build's message", { timeout: 240_000 }, async () => {
    const { page, gh } = await openSchedule();
    // The text says "từ 8 giờ 00 đến 11 giờ 30".
    await fill(page, 'headReception.hours.0.closes', '11:00');
    await save(page);
    const refusal = page.getByRole('alertdialog').or(page.getByRole('dialog')).filter({ hasText: 'Chưa lưu được' });
    await expect.poll(() => refusal.innerText(), { timeout: 30_000 }).toContain('Câu văn ghi giờ 11:30 nhưng các khung giờ');
    expect(await refusal.innerText()).toContain('Hãy sửa cho khớp với văn bản.');
    expect(gh.pulls).toEqual([]);
    expect(gh.commits).toEqual([]);
  });

  it('has its own collection; its day rules read in Vietnamese; a changed period is saved as that one line', { timeout: 240_000 }, async () => {
    const { page, gh, problems } = await openSchedule();
    // The preview is the document as printed, the kind's own sections in it (not Sveltia's list of fields).
    const { official } = previewOf(page);
    await expect.poll(() => official.textContent(), PREVIEW_WAIT).toContain('Giám đốc Sở tiếp công dân định kỳ vào ngày 15 hằng tháng');
    expect(await chosen(page, 'headReception.days.rule')).toBe('Một ngày cố định hằng tháng (ví dụ ngày 15)');
    expect(await chosen(page, 'headReception.days.ifDayOff')).toBe('Dời sang ngày làm việc kế tiếp');
    expect(await chosen(page, 'regularReception.days.rule')).toBe('Mọi ngày làm việc');
    await fill(page, 'period.until', '2026-11-30');
    await save(page);
    await expect.poll(() => gh.pulls.length, { timeout: 60_000 }).toBe(1);
    const file = gh.commits[0]!.additions[0]!;
    expect(file.path).toBe(FILE);
    expect(lineDiff(TEXT, file.text)).toEqual({ removed: ['  until: "2026-12-31"'], added: ['  until: "2026-11-30"'] });
    expect(problems).toEqual([]);
  });
});
