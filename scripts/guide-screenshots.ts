/**
 * `npm run guide:screenshots`: the pictures of the staff guide's section on the form
 * (docs/huong-dan-bien-tap.md, docs/anh/), taken from the real editor. It builds the site
 * into a scratch folder, opens /admin/ in Chromium with GitHub's API answered by an
 * in-memory stand-in (tests/support/github-mock.ts: nothing leaves this machine), and goes
 * through changing a hotline's phone number as staff would. Run it again after a change
 * of the form or of Sveltia, and look at the pictures before committing them.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../src/lib/chromium.ts';
import { serveDir } from './lib/static-server.ts';
import { GitHubMock } from '../tests/support/github-mock.ts';
import { openSeed, reveal, save, signInWithToken } from '../tests/support/admin-ui.ts';

const OWNER = 'songoaivu-haiphong';
const REPO = 'thong-bao';
const SEED = 'content/notices/duong-day-nong-2026-05.yaml';
const OUT = path.resolve('docs/anh');
const site = path.resolve('node_modules/.cache/guide-site');

console.log('Dựng trang web để chụp…');
execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit', env: { ...process.env, OUT_DIR: site, CMS_REPO: `${OWNER}/${REPO}` } });
mkdirSync(OUT, { recursive: true });

const server = await serveDir(site);
const browser = await launchBrowser();
const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
context.setDefaultTimeout(120_000);
const gh = new GitHubMock({ owner: OWNER, repo: REPO, files: { [SEED]: readFileSync(SEED, 'utf8') } });
await gh.install(context);
const page = await context.newPage();
/** A picture once the page is still: its fonts loaded and every finite animation (a dialog opening, a toast) over. */
const settled = () =>
  page.evaluate(async () => {
    await document.fonts.ready;
    const finite = document.getAnimations().filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity);
    await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
  });
const shot = async (name: string) => {
  await settled();
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
  console.log(`✓ docs/anh/${name}.png`);
};

try {
  await page.goto(`${server.url}/admin/`);
  await page.getByRole('button', { name: 'Đăng nhập bằng mã truy cập' }).waitFor();
  await shot('1-dang-nhap');

  await page.getByRole('button', { name: 'Đăng nhập bằng mã truy cập' }).click();
  await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
  await page.keyboard.type('github_pat_11AAAA…');
  await shot('2-ma-truy-cap');
  await page.keyboard.press('Escape');

  await signInWithToken(page, gh.token);
  // The list is drawn after the heading, once the files are fetched: picture the list, not the splash.
  await page.getByText('Số điện thoại đường dây nóng và trang Facebook').first().waitFor({ state: 'visible' });
  await shot('3-danh-sach');

  await openSeed(page);
  const phone = (await reveal(page, 'hotlines.contacts.0.phone')).locator('input');
  await phone.fill('0934.336.640');
  await shot('4-sua-so-dien-thoai');

  await phone.fill('0934.336');
  await save(page);
  await page.getByRole('alertdialog').waitFor();
  await shot('5-loi-khong-luu');
  await page.getByRole('alertdialog').getByRole('button').last().click();
  await phone.scrollIntoViewIfNeeded();
  await shot('6-loi-canh-truong');

  await phone.fill('0934.336.640');
  await save(page);
  await gh.until(() => gh.pulls.length > 0);
  await page.locator('#notice-change-status').waitFor();
  await shot('7-da-luu');

  await page.getByRole('button', { name: 'Gửi duyệt' }).click();
  await gh.until(() => !gh.pulls[0]!.draft);
  await page.getByText('đã gửi duyệt').waitFor();
  // The list is drawn over the editor in steps; the picture once caught the list's pane drawn
  // over the panel below. Taken once the panel is on top, as staff then see it.
  await page.waitForFunction(() => {
    const panel = document.getElementById('notice-change-status');
    const box = panel?.getBoundingClientRect();
    return !!box && !!panel && panel.contains(document.elementFromPoint(box.right - 4, box.top + box.height / 2));
  });
  await shot('8-da-gui-duyet');
} finally {
  await browser.close();
  await server.close();
}
