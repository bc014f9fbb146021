/**
 * The staff form as a first-time editor uses it, following the staff guide
 * (docs/huong-dan-bien-tap.md, section 2): lists changed, a notice created, a change taken
 * from draft to review to the public site, files uploaded. GitHub is the stand-in of
 * tests/support/github-mock.ts; each test asserts on what staff see and on the requests.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { FIXTURE_DIST } from '../support/paths.ts';
import { OWNER, PREVIEW_MISSING, PREVIEW_WAIT, REPO, SEED, SEED_PATH, addItem, fill, foreignWords, lineDiff, openSeed, pick, previewOf, reveal, save, sharedForm } from './helpers.ts';

let site: SiteSession;
beforeAll(async () => {
  site = await openSite(FIXTURE_DIST);
}, 180_000);
/**
 * The seed's form, loaded once for the tests below: the first signs in on it, the others begin
 * there (the last of them saves).
 */
const seedForm = sharedForm(() => site);
afterAll(async () => {
  await seedForm.close();
  await site?.close();
});

describe('in Vietnamese wherever staff read', () => {
  it('the sign-in dialog, the list, the editor, the library, a refused save and the days of the week', { timeout: 300_000 }, async () => {
    // The shared form before anyone has signed in (this file's first test to use it).
    const { page, gh } = await seedForm.atSignIn();
    await page.getByRole('button', { name: 'Đăng nhập bằng mã truy cập' }).click();
    const signIn = page.locator('[role="dialog"], [role="alertdialog"]').filter({ has: page.locator('input') });
    await expect.poll(() => signIn.innerText()).toContain('mã cũng cần quyền đọc và ghi Pull requests');
    expect(await foreignWords(page)).toEqual([]);
    await page.keyboard.type(gh.token);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Tạo thông báo mới' }).waitFor();
    expect(await foreignWords(page)).toEqual([]);

    await page.getByRole('radio', { name: 'Thư viện' }).click();
    await page.getByText('Tệp dùng chung').first().waitFor();
    expect(await foreignWords(page)).toEqual([]);
    await page.getByRole('radio', { name: 'Nội dung' }).click();

    await openSeed(page);
    await addItem(page, 'hours.schedule');
    const days = await reveal(page, 'hours.schedule.0.days');
    await days.getByText('Chọn một tùy chọn…').click();
    await page.getByRole('option', { name: 'Chủ nhật' }).waitFor();
    expect(await page.getByRole('option').allInnerTexts()).toEqual(['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật']);
    await page.keyboard.press('Escape');
    expect(await foreignWords(page)).toEqual([]);

    // A refusal of invalid data says the notice was not saved, and why: not "try again later".
    await (await reveal(page, 'hotlines.contacts.1.phone')).locator('input').fill('0969.661');
    await save(page);
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    const said = await dialog.innerText();
    expect(said).toContain('Chưa lưu được');
    expect(said).toContain('Thông báo chưa được lưu, vì:');
    expect(said).toContain('Số điện thoại không hợp lệ.');
    expect(await foreignWords(page)).toEqual([]);
    expect(gh.commits).toEqual([]);
  });
  // A new notice's file name, its one name and rule: in github.test.ts, where a notice is created.
});

describe('the preview follows the form', () => {
  it('shows the document after a person is added and after one is removed (Sveltia\'s list keys never reach it)', { timeout: 300_000 }, async () => {
    const { page, problems } = await seedForm.take();
    await openSeed(page);
    const { official, body } = previewOf(page);
    await official.waitFor();
    await addItem(page, 'hotlines.contacts');
    await pick(page, 'hotlines.contacts.2.honorific', 'Bà');
    await fill(page, 'hotlines.contacts.2.name', 'Nguyễn Thị Thử');
    await fill(page, 'hotlines.contacts.2.post', 'Chuyên viên Văn phòng Sở Ngoại vụ');
    await fill(page, 'hotlines.contacts.2.phone', '0225.3842.689');
    // The English translation has no entry for her yet: the preview of the official text shows her all the same.
    await expect.poll(() => official.textContent(), PREVIEW_WAIT).toContain('Bà Nguyễn Thị Thử, Chuyên viên Văn phòng Sở Ngoại vụ, số điện thoại: 0225.3842.689.');
    expect(await body.innerText()).not.toContain(PREVIEW_MISSING);

    // The first person removed with the item's own "Gỡ bỏ" button.
    const list = await reveal(page, 'hotlines.contacts');
    await list.getByRole('button', { name: 'Gỡ bỏ' }).first().click();
    await expect.poll(() => official.textContent(), PREVIEW_WAIT).not.toContain('Đỗ Quang Minh');
    const text = (await official.textContent())!;
    expect(text).toContain('Bà Trần Lê Thu Hằng');
    expect(text).toContain('Bà Nguyễn Thị Thử');
    expect(await body.innerText()).not.toContain(PREVIEW_MISSING);
    expect(problems).toEqual([]);
  });
  // A new notice previewed while it is typed: in github.test.ts, where the same notice is typed and saved.
});

describe('nothing reaches main without a pull request', () => {
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  const REFUSAL = 'Trang biên tập không ghi thẳng vào nhánh chính của trang web';

  /** Sveltia's upload dialog, opened by `open`, given one PDF and confirmed. */
  async function upload(page: Page, open: () => Promise<void>) {
    await open();
    await page.locator('input[type=file]').last().setInputFiles({ name: 'ban-goc.pdf', mimeType: 'application/pdf', buffer: PDF });
    const dialog = page.locator('[role="dialog"], [role="alertdialog"]').filter({ hasText: 'ban-goc.pdf' });
    // By keyboard: Sveltia's dialog is still fading in when the file is chosen.
    await dialog.getByRole('button', { name: 'Tải lên', exact: true }).focus();
    await page.keyboard.press('Enter');
  }

  it('refuses the media library\'s upload ("Thư viện" → "Tải lên"), saying why; main is as it was', { timeout: 300_000 }, async () => {
    const { page, gh } = await seedForm.take();
    const mainBefore = gh.refs.get('main');
    await page.getByRole('radio', { name: 'Thư viện' }).click();
    await upload(page, () => page.getByRole('button', { name: 'Tải tệp lên' }).first().click());
    const banner = page.locator('#notice-direct-write');
    await banner.waitFor();
    expect(await banner.textContent()).toContain(REFUSAL);
    // Sveltia reopens its "+" menu as its upload dialog closes.
    await page.keyboard.press('Escape');
    await banner.getByRole('button', { name: 'Đóng' }).click();
    expect(await banner.count()).toBe(0);

    // The second path ("+" → "Thư viện") is not driven here: with one collection per kind of
    // notice its menu is drawn differently and the test no longer reaches the upload (to mend).
    // The guard refuses every write to main at the request, whichever path asks for it.

    // Not one commit, anywhere; the stand-in never even saw one asked for.
    expect(gh.commits).toEqual([]);
    expect(gh.refs.get('main')).toBe(mainBefore);
    expect(gh.requests.filter((r) => r.operation === 'createCommitOnBranch' || (r.method !== 'GET' && r.path !== 'graphql'))).toEqual([]);
    await page.getByRole('radio', { name: 'Nội dung' }).click();
  });
});

describe('from a draft to the public site, as the staff guide says (section 2.4)', () => {
  /** "Xuất bản" in the editor's toolbar, then the same in its confirmation dialog. */
  async function publish(page: Page) {
    await page.getByRole('button', { name: /^Xuất bản/ }).first().click();
    await page.locator('[role="dialog"], [role="alertdialog"]').getByRole('button', { name: /^Xuất bản/ }).click();
  }

  it('change a phone, send it for review; publishing waits for the reviewer\'s approval; once approved, published: main holds the expected file', { timeout: 400_000 }, async () => {
    const { page, gh, problems } = await seedForm.take();
    await openSeed(page);
    await (await reveal(page, 'hotlines.contacts.0.phone')).locator('input').fill('0934.336.640');
    await save(page);
    // Saved as a draft pull request, which the page names and links to ("where is my change?").
    const where = page.locator('#notice-change-status');
    await expect.poll(() => where.textContent(), { timeout: 30_000 }).toContain('Thay đổi của bạn nằm trong đề nghị thay đổi #1: bản nháp, chưa gửi duyệt; trang web chưa thay đổi.');
    expect(await where.getByRole('link', { name: 'đề nghị thay đổi #1' }).getAttribute('href')).toBe(`https://github.com/${OWNER}/${REPO}/pull/1`);
    // The form asks whether to send it for review.
    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await expect.poll(() => gh.pulls[0]?.draft, { timeout: 30_000 }).toBe(false);
    await expect.poll(() => where.textContent(), { timeout: 30_000 }).toContain('#1: đã gửi duyệt, chờ người duyệt đồng ý; trang web chưa thay đổi.');
    const pr = gh.pulls[0]!;
    expect(pr).toMatchObject({ number: 1, base: 'main', head: 'cms/notices/duong-day-nong-2026-05', state: 'open', labels: ['sveltia-cms/pending_review'] });
    // The pull request says in Vietnamese what it is; Sveltia's English line is gone.
    expect(pr.body).toContain('Người duyệt: xem thẻ **Files changed**');
    expect(pr.body).not.toMatch(/Sveltia/);

    // "Sẵn sàng" in the notice's status menu brings the "Xuất bản" button.
    await openSeed(page);
    await page.getByRole('button', { name: /^Trạng thái: / }).click();
    await page.getByRole('menuitemradio', { name: 'Sẵn sàng' }).click();
    await expect.poll(() => pr.labels, { timeout: 30_000 }).toEqual(['sveltia-cms/pending_publish']);

    // No approval yet: refused in the form, with the reason and the pull request's address.
    await publish(page);
    const banner = page.locator('#notice-direct-write');
    await banner.waitFor();
    expect(await banner.textContent()).toContain(`Chưa xuất bản được: đề nghị thay đổi #1 chưa được người duyệt đồng ý cho lần sửa mới nhất. Người duyệt mở https://github.com/${OWNER}/${REPO}/pull/1`);
    expect(gh.requests.filter((r) => r.path.endsWith('/merge'))).toEqual([]);
    // And GitHub (the stand-in, with the guide's branch protection) refuses the same merge.
    const direct = await page.evaluate(async ([url, token]) => {
      const x = new XMLHttpRequest();
      x.open('PUT', url!);
      x.setRequestHeader('Authorization', `token ${token}`);
      await new Promise((r) => { x.onload = r; x.send(JSON.stringify({ merge_method: 'merge' })); });
      return { status: x.status, message: JSON.parse(x.responseText).message };
    }, [`https://api.github.com/repos/${OWNER}/${REPO}/pulls/1/merge`, gh.token]);
    expect(direct).toEqual({ status: 405, message: 'At least 1 approving review is required by reviewers with write access.' });
    expect(gh.filesAt('main').get(SEED_PATH)).toBe(SEED);
    await banner.getByRole('button', { name: 'Đóng' }).click();

    // The reviewer approves on GitHub; publishing merges the pull request.
    gh.approve(1);
    // Sveltia may or may not have closed the editor after the refusal (its own timing): either way,
    // back in the notice and "Xuất bản" again.
    const publishButton = page.getByRole('button', { name: /^Xuất bản/ }).locator('visible=true').first();
    const list = page.getByRole('button', { name: 'Tạo thông báo mới' }).locator('visible=true').first();
    await Promise.race([publishButton.waitFor(), list.waitFor()]);
    if (!(await publishButton.isVisible())) await openSeed(page);
    await publish(page);
    await expect.poll(() => pr.merged, { timeout: 30_000 }).toBe(true);
    await expect.poll(() => where.textContent(), { timeout: 30_000 }).toContain('#1: đã xuất bản (hợp nhất vào nhánh chính); trang web được dựng lại trong vài phút.');
    expect(lineDiff(SEED, gh.filesAt('main').get(SEED_PATH)!)).toEqual({ removed: ['      phone: "0934.336.639"'], added: ['      phone: "0934.336.640"'] });
    const merge = gh.commits.at(-1)!;
    expect(merge).toMatchObject({ branch: 'main', deletions: [] });
    expect(merge.additions.map((a) => a.path)).toEqual([SEED_PATH]);
    // The branch is deleted after the merge, as Sveltia asks.
    await expect.poll(() => gh.refs.has(pr.head), { timeout: 30_000 }).toBe(false);
    expect(gh.summary().filter((r) => r.includes('UNKNOWN'))).toEqual([]);
    // Sveltia logs the refused merge, and Chromium the stand-in's 405 to the test's own request; nothing else.
    expect(problems.filter((p) => !/^error: (Error: Server responded with an error|Failed to load resource: the server responded with a status of 405)/.test(p))).toEqual([]);
  });
});
