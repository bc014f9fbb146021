/**
 * Sveltia's local repository mode ("Làm việc với kho mã nguồn cục bộ"), automated: the File
 * System Access API's directory picker is replaced by one that returns an Origin Private
 * File System directory holding a copy of the repository's files. Sveltia only checks that
 * the folder has a `.git` entry (a folder, or a file as in a git worktree), so an empty
 * `.git/` is enough. A save writes the file into that directory, which the test reads back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { FIXTURE_DIST } from '../support/paths.ts';
import { SEED, SEED_PATH, newContext, openSeed, recordConsole, recordRequests, reveal, save } from './helpers.ts';

let site: SiteSession;
beforeAll(async () => {
  site = await openSite(FIXTURE_DIST);
}, 180_000);
afterAll(() => site?.close());

/** Runs in the page before any script: a picker returning a prepared OPFS folder. */
function stubDirectoryPicker(files: Record<string, string>) {
  (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () => {
    const root = await navigator.storage.getDirectory();
    const repo = await root.getDirectoryHandle('repo', { create: true });
    await repo.getDirectoryHandle('.git', { create: true });
    for (const [file, text] of Object.entries(files)) {
      const parts = file.split('/');
      let dir = repo;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
    return repo;
  };
}

describe('local repository mode (npm run dev without GitHub)', () => {
  it('opens the notices from a picked folder and writes the saved file back into it', { timeout: 240_000 }, async () => {
    const context = await newContext(site.browser);
    await context.addInitScript(stubDirectoryPicker, { [SEED_PATH]: SEED, 'README.md': '# Thông báo\n' });
    const page = await context.newPage();
    const requests = recordRequests(page, site.url);
    const problems = recordConsole(page);
    await page.goto(`${site.url}/admin/`);
    const local = page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' });
    // The list of notices: its "new notice" button (a heading named "Thông báo" also matches the loading screen's title).
    const list = page.getByRole('button', { name: 'Tạo thông báo mới' }).locator('visible=true').first();
    // In the whole suite the list has failed to come after the click once in a few runs (200 s
    // waited; alone the test takes 4 s). The cause is not found; a click Sveltia drew the
    // button for before it listened is the likely one. So the button is clicked again while it
    // is still there and the list has not come.
    for (const deadline = Date.now() + 200_000; ; ) {
      if (await local.isVisible()) await local.click();
      try {
        await list.waitFor({ timeout: 20_000 });
        break;
      } catch (e) {
        if (Date.now() > deadline) throw e;
      }
    }
    await openSeed(page);
    const phone = (await reveal(page, 'hotlines.contacts.0.phone')).locator('input');
    await phone.fill('0934.336.640');
    await save(page);
    const read = () =>
      page.evaluate(async (file) => {
        let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
        const parts = file.split('/');
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
        return (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
      }, SEED_PATH);
    await expect.poll(read, { timeout: 15_000 }).toContain('phone: "0934.336.640"');
    const written = await read();
    const lastOutput = await page.evaluate(() => (window as unknown as { __noticeCmsLastOutput: string }).__noticeCmsLastOutput);
    expect(written).toBe(`${lastOutput.trim()}\n`);
    expect(written).toContain('# để trống khi chưa vào sổ');
    expect(requests.external()).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
