/**
 * A language a content folder adds (tests/fixtures/ko-site/: Korean, from its site.yaml and
 * a strings file) has its translation block in the staff form too, with no code changed:
 * the form offers one block per language of the site (src/cms/config.ts), and none for a
 * language the site does not have (this site has no English). GitHub is the mock.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { KO_CONTENT, KO_DIST, KO_SLUG } from '../support/paths.ts';
import { lineDiff, openForm, reveal, save } from './helpers.ts';

const FILE = `content/notices/${KO_SLUG}.yaml`;
const TEXT = readFileSync(path.join(KO_CONTENT, 'notices', `${KO_SLUG}.yaml`), 'utf8');

let site: SiteSession;
beforeAll(async () => {
  site = await openSite(KO_DIST);
}, 180_000);
afterAll(() => site?.close());

describe('the staff form of a site with a language of its own', () => {
  it('offers that language\'s block, filled from the file, and saves an edit to it as that one line', { timeout: 240_000 }, async () => {
    const { context, page, gh, problems } = await openForm(site, { [FILE]: TEXT });
    await page.getByText('Lịch trực đường dây nóng thử nghiệm').first().click();
    await page.locator('[data-key-path="issuer"]').first().waitFor();

    const block = await reveal(page, 'translations.ko');
    expect(await block.getByText('Bản dịch tiếng Hàn (ko)').count()).toBeGreaterThan(0);
    // The site has no English: no English block.
    expect(await page.locator('[data-key-path="translations.en"]').count()).toBe(0);

    const hours = (await reveal(page, 'translations.ko.hours.text')).locator('input, textarea').first();
    expect(await hours.inputValue()).toBe('근무일 근무 시간 중.');
    await hours.fill('월요일부터 금요일까지 근무 시간 중.');
    await save(page);
    await expect.poll(() => gh.commits.length, { timeout: 60_000 }).toBe(1);
    const [file] = gh.commits[0]!.additions;
    expect(file!.path).toBe(FILE);
    expect(lineDiff(TEXT, file!.text)).toEqual({
      removed: ['      text: 근무일 근무 시간 중.'],
      added: ['      text: 월요일부터 금요일까지 근무 시간 중.'],
    });
    expect(problems).toEqual([]);
    await context.close();
  });
});
