/**
 * What the search index of a built site holds, read back from Pagefind's own files: one
 * record per notice, whose text with its đ put back (as the search page does for the
 * excerpt) is the notice's own text, letter for letter, so an excerpt can never show a
 * misspelt word; and no second copy of the text in the record's metadata, which Pagefind
 * would index again (bench/README.md). The expected text comes from outside the code that
 * built the index: the agency's seed text, and each notice page as Chromium shows it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { D_STROKE_META, restoreDStroke } from '../../src/lib/search-text.ts';
import { DIRECTORY_PATH, noticePath } from '../../src/lib/urls.ts';
import { REPLACED_META, STATE, STATE_FILTER } from '../../src/outputs/search-record.ts';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { reusedTabs } from '../support/tab.ts';
import { SEED_SLUG, SEED_TEXT } from '../support/paths.ts';
import { BASE_SITE, LANGUAGES, SITES, peopleOf } from '../data/notices.ts';
import type { HotlineFile } from '../../src/kinds/hotline/index.ts';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Pagefind's fragment files: gzip of "pagefind_dcd" followed by the record as JSON. */
function fragments(site: string): Fragment[] {
  const dir = path.join(site, 'pagefind/fragment');
  return readdirSync(dir).map((f) => {
    const raw = gunzipSync(readFileSync(path.join(dir, f)));
    expect(raw.subarray(0, 12).toString()).toBe('pagefind_dcd');
    return JSON.parse(raw.subarray(12).toString('utf8')) as Fragment;
  });
}

const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
/** The seed's lines without their list markers, which the page draws with CSS. */
const seedLines = readFileSync(SEED_TEXT, 'utf8').split('\n').map((l) => squash(l.replace(/^\s*[-+]\s+/, ''))).filter(Boolean);
/** Lines of the seed that are the decree's frame every document shares, not this notice's words. */
const FRAME = new Set(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Nơi nhận:']);

describe.each([...SITES, BASE_SITE])('the search index of $name', ({ dir, notices, base }) => {
  const records = fragments(dir);
  const url = (slug: string) => `${base}${noticePath(slug)}`;
  const textOf = (slug: string) => {
    const r = records.find((x) => x.url === url(slug))!;
    return restoreDStroke(r.content, r.meta[D_STROKE_META] ?? '');
  };

  const directory = `${base}${DIRECTORY_PATH}`;
  // Each replaced notice's record in each language, with the label its results show.
  const replaced = new Map(
    LANGUAGES.flatMap(({ lang, prefix }) =>
      notices.filter((n) => n.view.lifecycle.replacedBy || n.view.lifecycle.ended).map((n) => [`${base}${prefix}${noticePath(n.slug)}`, n.views[lang]!.lifecycle.label!] as const),
    ),
  );

  it('has one record per notice and language, at its address under the base path, and one for the directory in each', () => {
    const all = LANGUAGES.flatMap(({ prefix }) => [...notices.map((n) => `${base}${prefix}${noticePath(n.slug)}`), `${base}${prefix}${DIRECTORY_PATH}`]);
    expect(records.map((r) => r.url).sort()).toEqual(all.sort());
  });

  it('keeps the text once, đ written d, with only the title, the marks and a replaced or ended label as metadata', () => {
    for (const r of records) {
      expect(r.content).not.toMatch(/[đĐ]/);
      expect(Object.keys(r.meta).filter((k) => k !== D_STROKE_META).sort()).toEqual(replaced.has(r.url) ? [REPLACED_META, 'title'].sort() : ['title']);
      if (replaced.has(r.url)) expect(r.meta[REPLACED_META]).toBe(replaced.get(r.url));
      if (r.url.startsWith(`${base}en/`) && replaced.has(r.url)) expect(['Replaced', 'Period over']).toContain(r.meta[REPLACED_META]);
      expect(r.meta[D_STROKE_META] ?? '').toMatch(/^[.,]*$/);
    }
  });

  it('files each record as current, or as replaced when it is replaced or its period is over, which the search page ranks by', () => {
    for (const r of records) expect(r.filters).toEqual({ [STATE_FILTER]: [replaced.has(r.url) ? STATE.replaced : STATE.current] });
  });

  it('the directory\'s record holds every number offered, with its digits, and none of a notice that offers none', () => {
    const r = records.find((x) => x.url === directory)!;
    const text = restoreDStroke(r.content, r.meta[D_STROKE_META] ?? '');
    expect(r.meta.title).toBe('Đường dây nóng đang có hiệu lực');
    for (const n of notices) {
      for (const c of peopleOf(n.data)) {
        // A reception schedule whose period has ended offers no way to reach the body any more.
        if (n.view.lifecycle.offersContacts && n.view.reception?.none !== 'ended') expect(text).toContain(`${c.phone} (${c.phone.replace(/\D/g, '')})`);
        else expect(text).not.toContain(c.phone);
      }
    }
  });

  it('gives back every line of the agency\'s seed text, letter for letter', () => {
    const text = textOf(SEED_SLUG);
    const missing = seedLines.filter((l) => !FRAME.has(l) && !/số điện thoại:/.test(l) && !text.includes(l));
    expect(missing).toEqual([]);
    // Each hotline reads as printed, followed by the bare digits a resident may type.
    expect(text).toContain('số điện thoại: 0934.336.639 (0934336639).');
    expect(text).toContain('số điện thoại: 0969.661.341 (0969661341).');
  });

  it('gives each record a title that is its notice\'s subject, in its language', () => {
    for (const n of notices) expect(records.find((r) => r.url === url(n.slug))!.meta.title).toBe(n.data.subject);
    for (const n of notices) expect(records.find((r) => r.url === `${base}en/${noticePath(n.slug)}`)!.meta.title).toBe(n.data.translations?.en?.subject ?? n.data.subject);
  });

  it('holds the English translation for the English page, with the numbers of the original', () => {
    const r = records.find((x) => x.url === `${base}en/${noticePath(SEED_SLUG)}`)!;
    const text = restoreDStroke(r.content, r.meta[D_STROKE_META] ?? '');
    const seed = notices.find((n) => n.slug === SEED_SLUG)!.data as HotlineFile;
    const en = seed.translations!.en!;
    for (const t of [en.subject, ...en.opening.map((p) => p.text), en.hours.text, en.address.text, en.closing]) expect(text).toContain(squash(t));
    expect(text).toContain('Mr Đỗ Quang Minh, Chief of Office of the Department of Foreign Affairs, phone: 0934.336.639 (0934336639).');
    expect(text).not.toContain('Số điện thoại đường dây nóng');
  });

  describe('against the pages as Chromium shows them', () => {
    let session: SiteSession;
    // One tab for the site's pages, without scripts, each test navigating it to its page (a new
    // document): a new page per test was a new browser context and renderer process each time.
    const tab = reusedTabs(() => session.browser);
    beforeAll(async () => {
      session = await openSite(dir, { base });
    });
    afterAll(() => session?.close());

    it.each(notices.map((n) => n.slug))('%s: every word of its English page\'s text is in the English record', async (slug) => {
      const page = await tab(`${session.url}${base}en/${noticePath(slug)}`, { javaScriptEnabled: false });
      const translated = (await page.locator('.doc-body').count()) > 0;
      // The note after a text shown untranslated ("(not yet translated)") is the page's word about the
      // text, not the notice's: the record holds the text, as it holds no other word of the interface.
      await page.$$eval('.untranslated', (els) =>
        els.forEach((e) => {
          if (e.previousSibling?.nodeType === Node.TEXT_NODE) e.previousSibling.textContent = e.previousSibling.textContent!.replace(/\s+$/, '');
          e.remove();
        }),
      );
      // Translated: the document's lines; otherwise what the page shows of the notice: its subject, and
      // whom to call, where (none of that for a notice that offers no numbers: replaced, or a pending draft).
      const shown = translated
        ? (await page.innerText('.doc-body')).split('\n').map((l) => squash(l).replace(/^\d+\. /, '')).filter(Boolean)
        : await page.$$eval('.notice-head h1, .hotline__who, .contact .address, .call__number', (els) => els.flatMap((e) => (e as HTMLElement).innerText.split('\n')));
      const r = records.find((x) => x.url === `${base}en/${noticePath(slug)}`)!;
      const text = restoreDStroke(r.content, r.meta[D_STROKE_META] ?? '').replace(/ \(\d+\)/g, '');
      const offers = notices.find((n) => n.slug === slug)!.view.lifecycle.offersContacts;
      expect(shown.length).toBeGreaterThan(translated || offers ? 2 : 0);
      expect(shown.map(squash).filter((l) => !text.includes(l))).toEqual([]);
    });

    it.each(notices.map((n) => n.slug))('%s: every word of the official text is in the record', async (slug) => {
      const page = await tab(`${session.url}${url(slug)}`, { javaScriptEnabled: false });
      // Line by line: the page draws list markers with CSS and numbers its sections.
      const shown = (await page.innerText('.doc-body')).split('\n').map((l) => squash(l).replace(/^\d+\. /, '')).filter(Boolean);
      const text = textOf(slug).replace(/ \(\d+\)/g, '');
      expect(shown.length).toBeGreaterThan(3);
      expect(shown.filter((l) => !text.includes(l))).toEqual([]);
    });
  });
});
