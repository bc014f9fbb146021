/**
 * The smaller paths of the staff form (issue 20): the list of notices says which notice is
 * which (number, date, draft); Sveltia's side panel of checks never tells staff "no errors"
 * for a number the save refuses; a person removed by mistake can be brought back, and leaving
 * without saving changes nothing. GitHub is the stand-in of tests/support/github-mock.ts.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { FIXTURE_DIST, fixtureNotice } from '../support/paths.ts';
import { PREVIEW_WAIT, SEED, backToList, SEED_PATH, openSeed, previewOf, reveal, save, sharedForm } from './helpers.ts';

const notice = (slug: string) => ({ [`content/notices/${slug}.yaml`]: readFileSync(fixtureNotice(slug), 'utf8') });

let site: SiteSession;
beforeAll(async () => {
  site = await openSite(FIXTURE_DIST);
}, 180_000);
/**
 * The form on a repository holding the seed and five fixture notices (two of them reception
 * schedules), signed in once for this file's tests, none of which commits anything.
 */
const repoForm = sharedForm(() => site, {
  [SEED_PATH]: SEED,
  ...notice('thu-nghiem-du-lich-duong-day-nong-2026-03'),
  ...notice('thu-nghiem-du-lich-duong-day-nong-2026-01'),
  ...notice('thu-nghiem-du-lich-duong-day-nong-du-thao'),
  ...notice('thu-nghiem-lich-tiep-cong-dan-2026'),
  ...notice('thu-nghiem-lich-tiep-cong-dan-2026-cu'),
  'README.md': '# Thông báo\n',
});
afterAll(async () => {
  await repoForm.close();
  await site?.close();
});

describe('the list of notices', () => {
  it("shows each notice's number and date, and a draft as 'Dự thảo' (never an empty number as 0), in each kind's list", { timeout: 240_000 }, async () => {
    const { page, problems } = await repoForm.take();
    const rows = () => page.locator('bdi').locator('visible=true').allInnerTexts();
    // The seed is a draft (no number yet, dated to the month); the tourism hotline notice is numbered 11.
    await expect.poll(rows).toEqual(expect.arrayContaining([
      'Dự thảo · 2026-05 · Số điện thoại đường dây nóng và trang Facebook tiếp nhận thông tin phản ánh, kiến nghị, khiếu nại, tố cáo của tổ chức, cá nhân, doanh nghiệp',
      'Số 11/TB-SDL · 2026-03-16 · Số điện thoại đường dây nóng du lịch thử nghiệm, bản thay thế',
      'Dự thảo · 2026-07 · Số điện thoại đường dây nóng du lịch thử nghiệm, bản dự thảo',
    ]));
    const hotlines = await rows();
    expect(hotlines.filter((r) => /^(Số 0\b|0 ·|Số \/)/.test(r))).toEqual([]);
    // The reception schedules' own list, the same way.
    await page.getByText('Lịch tiếp công dân', { exact: true }).locator('visible=true').first().click();
    await expect.poll(rows).toEqual(expect.arrayContaining(['Số 3/TB-NV · 2026-01-10 · Lịch tiếp công dân năm 2026 của Sở Ngoại vụ (thử nghiệm)']));
    expect(problems).toEqual([]);
    // Back to the hotline notices, where the next tests open the seed.
    await page.getByText('Thông báo đường dây nóng', { exact: true }).locator('visible=true').first().click();
  });
});

describe("Sveltia's side panel of checks", () => {
  it('does not say "no errors" for a phone number the save refuses; the refusal stays beside the field', { timeout: 240_000 }, async () => {
    const { page, gh } = await repoForm.take();
    await openSeed(page);
    const phone = (await reveal(page, 'hotlines.contacts.0.phone')).locator('input');
    await phone.fill('0934.336');
    await save(page);
    const refusal = page.getByRole('alertdialog').or(page.getByRole('dialog')).filter({ hasText: 'Chưa lưu được' });
    await refusal.waitFor();
    await refusal.getByRole('button').last().click();
    const beside = page.locator('[data-notice-problem]');
    await expect.poll(() => beside.allInnerTexts()).toEqual([expect.stringContaining('Số điện thoại')]);
    // The panel, opened from the editor's side bar, then its own "Kiểm tra".
    await page.locator('[aria-label="Kiểm tra ô bắt buộc"]').first().click();
    const panel = page.locator('#entry-sidebar-content');
    await panel.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await expect.poll(() => panel.innerText()).toContain('kiểm tra khi bấm Lưu');
    expect(await panel.innerText()).not.toContain('Không tìm thấy lỗi');
    expect(gh.commits).toEqual([]);
  });
});

describe('a person removed by mistake', () => {
  it("comes back with the list's 'Hoàn tác thay đổi'; removed and left without saving, the file is unchanged", { timeout: 240_000 }, async () => {
    const { page, gh } = await repoForm.take();
    await openSeed(page);
    const name = async () => (await reveal(page, 'hotlines.contacts.0.name')).locator('input').inputValue();
    expect(await name()).toBe('Đỗ Quang Minh');
    const list = await reveal(page, 'hotlines.contacts');
    // Removed at once: Sveltia 0.221 asks nothing and offers no undo beside the list.
    await list.getByRole('button', { name: 'Gỡ bỏ' }).first().click();
    await expect.poll(name).toBe('Trần Lê Thu Hằng');
    // The list's own menu (⋮ beside its title): "Hoàn tác thay đổi" puts the list back as it was opened.
    await list.locator(':scope > header').getByRole('button', { name: 'Hiển thị tùy chọn trường' }).click();
    await page.getByRole('menuitem', { name: 'Hoàn tác thay đổi' }).click();
    await expect.poll(name).toBe('Đỗ Quang Minh');

    // Removed again, then the editor closed without saving ("Hủy chỉnh sửa"): nothing is committed.
    await (await reveal(page, 'hotlines.contacts')).getByRole('button', { name: 'Gỡ bỏ' }).first().click();
    await expect.poll(name).toBe('Trần Lê Thu Hằng');
    await backToList(page);
    expect(gh.commits).toEqual([]);
    expect(gh.pulls).toEqual([]);
    expect(gh.filesAt('main').get(SEED_PATH)).toBe(SEED);
  });
});

describe('the preview pane', () => {
  it('lays the document out on A4 sheets, as the print preview /ban-in/ does: the text broken into pages', { timeout: 240_000 }, async () => {
    const { page, problems } = await repoForm.take();
    await openSeed(page);
    const { frame, official } = previewOf(page);
    await expect.poll(() => official.textContent(), PREVIEW_WAIT).toContain('Ông Đỗ Quang Minh');
    // One box of the text per sheet (the sheets are the columns of a multi-column box), each as
    // wide as the page's text area, the second a page below the first.
    const boxes = await official.evaluate((el) => [...el.getClientRects()].map((r) => ({ top: r.top, width: r.width })));
    const sheet = await frame.locator('.pp-paper').evaluate((el) => el.getBoundingClientRect().width);
    expect(boxes.length).toBeGreaterThanOrEqual(2);
    expect(boxes[1]!.top - boxes[0]!.top).toBeGreaterThan(sheet * (297 / 210));
    expect(problems).toEqual([]);
  });
});
