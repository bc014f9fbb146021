/**
 * Sign in to the GitHub backend with a fine-grained token, change a phone, save with the
 * editorial workflow: one branch, one commit with exactly the file our format wrote, one
 * pull request. GitHub is tests/support/github-mock.ts (no real network).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../src/lib/chromium.ts';
import { FIXTURE_DIST, ROOT } from '../support/paths.ts';
import { serveDir, type StaticServer } from '../../scripts/lib/static-server.ts';
import { GitHubMock } from '../support/github-mock.ts';
import { OWNER, REPO, SEED, SEED_PATH, newContext, openSeed, recordConsole, recordRequests, reveal, save, signInWithToken } from './helpers.ts';

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  server = await serveDir(FIXTURE_DIST);
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function start(): Promise<{ context: BrowserContext; page: Page; gh: GitHubMock; requests: ReturnType<typeof recordRequests>; problems: string[] }> {
  const context = await newContext(browser);
  const gh = new GitHubMock({ owner: OWNER, repo: REPO, files: { [SEED_PATH]: SEED, 'README.md': '# Thông báo\n' } });
  await gh.install(context);
  const page = await context.newPage();
  const requests = recordRequests(page, server.url);
  const problems = recordConsole(page);
  await page.goto(`${server.url}/admin/`);
  await signInWithToken(page, gh.token);
  await openSeed(page);
  return { context, page, gh, requests, problems };
}

describe('GitHub backend, editorial workflow', () => {
  it('saves a changed phone as a branch, one commit with exactly our file, and a pull request', { timeout: 240_000 }, async () => {
    const { context, page, gh, requests, problems } = await start();
    expect(gh.summary()).toEqual([
      'GET /user',
      'GraphQL pullRequests',
      `GET /repos/${OWNER}/${REPO}/collaborators/${gh.login}`,
      'GraphQL lastCommit',
      expect.stringMatching(new RegExp(`^GET /repos/${OWNER}/${REPO}/git/trees/[0-9a-f]{40}\\?recursive=1$`)),
      'GraphQL contents',
      'GraphQL metadata',
      'GraphQL branchHead',
      'GraphQL commitStatus',
    ]);
    const phone = (await reveal(page, 'hotlines.contacts.0.phone')).locator('input');
    expect(await phone.inputValue()).toBe('0934.336.639');
    await phone.fill('0934.336.640');
    const before = gh.requests.length;
    await save(page);
    await expect.poll(() => gh.pulls.length, { timeout: 15_000 }).toBe(1);
    await page.screenshot({ path: path.join('..', 'admin-saved.png') });

    // Sveltia polls the commit's status on its own clock: left out of the order.
    expect(gh.summary().slice(before).filter((r) => r !== 'GraphQL commitStatus').slice(0, 5)).toEqual([
      'GraphQL branchBase',
      'GraphQL createRef',
      'GraphQL createCommitOnBranch',
      `POST /repos/${OWNER}/${REPO}/pulls`,
      `POST /repos/${OWNER}/${REPO}/issues/1/labels`,
    ]);
    const branch = 'cms/notices/duong-day-nong-2026-05';
    expect(gh.refs.has(branch)).toBe(true);
    expect(gh.commits).toHaveLength(1);
    const [commit] = gh.commits;
    expect(commit.branch).toBe(branch);
    expect(commit.deletions).toEqual([]);
    expect(commit.additions.map((a) => a.path)).toEqual([SEED_PATH]);
    // The bytes committed are what our toFile returned, trimmed, plus one newline.
    const lastOutput = await page.evaluate(() => (window as unknown as { __noticeCmsLastOutput: string }).__noticeCmsLastOutput);
    expect(commit.additions[0].text).toBe(`${lastOutput.trim()}\n`);
    // The edit, with the phone still quoted and the file's comments kept.
    expect(commit.additions[0].text).toContain('phone: "0934.336.640"');
    expect(commit.additions[0].text).toContain('phone: "0969.661.341"');
    expect(commit.additions[0].text.startsWith('# yaml-language-server: $schema=../../schema/notice.schema.json\n')).toBe(true);
    expect(commit.additions[0].text).toContain('# chưa có ngày: chỉ ghi năm và tháng');
    expect(commit.additions[0].text).toContain('# để trống khi chưa vào sổ');
    expect(commit.additions[0].text).not.toContain('__noticeSource');
    expect(gh.pulls[0]).toMatchObject({ head: branch, base: 'main', draft: true, labels: ['sveltia-cms/draft'], state: 'open' });
    expect(gh.requests.filter((r) => r.unknown)).toEqual([]);
    expect(requests.external().every((r) => r.split(' ')[1].startsWith('https://api.github.com/'))).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('refuses to save a notice our validator rejects, with its message beside the field', { timeout: 240_000 }, async () => {
    const { context, page, gh } = await start();
    const phone = (await reveal(page, 'hotlines.contacts.1.phone')).locator('input');
    await phone.fill('0969.661');
    await save(page);
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    const message = 'Số điện thoại không hợp lệ.';
    expect(await dialog.innerText()).toContain(message);
    await page.screenshot({ path: path.join('..', 'admin-refused-dialog.png') });
    await dialog.getByRole('button', { name: 'Đồng ý' }).click();
    const note = page.locator('[role="group"][data-key-path="hotlines.contacts.1.phone"] [data-notice-problem]');
    expect(await note.innerText()).toContain(message);
    await note.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join('..', 'admin-refused-field.png') });
    expect(gh.commits).toEqual([]);
    expect(gh.pulls).toEqual([]);
    // Editing the field takes the message away.
    await phone.fill('0969.661.342');
    expect(await note.count()).toBe(0);
    await context.close();
  });
});
