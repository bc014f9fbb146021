/**
 * The staff form as a first-time editor uses it, following the staff guide
 * (docs/huong-dan-bien-tap.md, section 2): lists changed, a notice created, a change taken
 * from draft to review to the public site, files uploaded. GitHub is the stand-in of
 * scripts/lib/github-mock.ts; each test asserts on what staff see and on the requests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { FIXTURE_DIST } from '../support/paths.ts';
import { addItem, fill, fillNewNotice, openForm, openSeed, pick, previewOf, reveal } from './helpers.ts';

let site: SiteSession;
beforeAll(async () => {
  site = await openSite(FIXTURE_DIST);
}, 180_000);
afterAll(() => site?.close());

const WAITING = 'Bản xem trước hiện khi thông báo có đủ các trường bắt buộc.';

describe('the preview follows the form', () => {
  it('shows the document after a person is added and after one is removed (Sveltia\'s list keys never reach it)', { timeout: 300_000 }, async () => {
    const { context, page, problems } = await openForm(site);
    await openSeed(page);
    const { official, body } = previewOf(page);
    await official.waitFor();
    await addItem(page, 'hotlines.contacts');
    await pick(page, 'hotlines.contacts.2.honorific', 'Bà');
    await fill(page, 'hotlines.contacts.2.name', 'Nguyễn Thị Thử');
    await fill(page, 'hotlines.contacts.2.post', 'Chuyên viên Văn phòng Sở Ngoại vụ');
    await fill(page, 'hotlines.contacts.2.phone', '0225.3842.689');
    // The English translation has no entry for her yet: the preview of the official text shows her all the same.
    await expect.poll(() => official.textContent()).toContain('Bà Nguyễn Thị Thử, Chuyên viên Văn phòng Sở Ngoại vụ, số điện thoại: 0225.3842.689.');
    expect(await body.innerText()).not.toContain(WAITING);

    // The first person removed with the item's own "Gỡ bỏ" button.
    const list = await reveal(page, 'hotlines.contacts');
    await list.getByRole('button', { name: 'Gỡ bỏ' }).first().click();
    await expect.poll(() => official.textContent()).not.toContain('Đỗ Quang Minh');
    const text = (await official.textContent())!;
    expect(text).toContain('Bà Trần Lê Thu Hằng');
    expect(text).toContain('Bà Nguyễn Thị Thử');
    expect(await body.innerText()).not.toContain(WAITING);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('previews a new notice while it is typed: what is missing first, then the document, each edit at once', { timeout: 300_000 }, async () => {
    const { context, page, problems } = await openForm(site);
    await page.getByText('Tạo mới').first().click();
    const { official, body } = previewOf(page);
    await fill(page, 'place', 'Hải Phòng');
    await expect.poll(() => body.innerText()).toContain(WAITING);
    expect(await body.innerText()).toContain('Trích yếu nội dung');
    await fillNewNotice(page);
    await expect.poll(() => official.textContent()).toContain('Lịch trực đường dây nóng dịp nghỉ lễ');
    expect(await official.textContent()).toContain('Ông Đỗ Quang Minh, Chánh Văn phòng Sở Ngoại vụ, số điện thoại: 0934.336.639.');
    await fill(page, 'subject', 'Lịch trực đường dây nóng dịp Quốc khánh');
    await expect.poll(() => official.textContent()).toContain('Lịch trực đường dây nóng dịp Quốc khánh');
    expect(problems).toEqual([]);
    await context.close();
  });
});
