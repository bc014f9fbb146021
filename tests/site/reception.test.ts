/**
 * The citizen-reception schedule as residents see it, on the fixture site built on
 * 1 February 2026 (FIXTURE_BUILD_EPOCH): "meet us in person" first, with the next days
 * (the February day moved past Tết, as content/days-off/2026.yaml says), the hours, the
 * place and map, what to bring, tap-to-call to register, the calendar file a calendar
 * library reads; then the official text word for word. The replaced and the ended
 * schedules offer no day. In English too. Phone-sized, in Chromium.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import ICAL from 'ical.js';
import { parse } from 'yaml';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { FIXTURE_DIST, fixtureNotice, RECEPTION_ENDED_SLUG, RECEPTION_REPLACED_SLUG, RECEPTION_SLUG, RECEPTION_TET_SLUG } from '../support/paths.ts';

let site: SiteSession;
let page: Page;

beforeAll(async () => {
  site = await openSite(FIXTURE_DIST);
  page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
});
afterAll(() => site?.close());

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const notice = parse(readFileSync(fixtureNotice(RECEPTION_SLUG), 'utf8'));
/** The days the page lists under each kind of reception, as <time datetime>. */
const listedDays = () => page.locator('.contact .reception-days').evaluateAll((lists) => lists.map((l) => [...l.querySelectorAll('time')].map((t) => t.getAttribute('datetime'))));

describe('a schedule in force', () => {
  beforeAll(async () => {
    await page.goto(`${site.url}/thong-bao/${RECEPTION_SLUG}/`);
  });

  it('puts "meet us in person" before the official text', async () => {
    const headings = await page.locator('h2').allInnerTexts();
    expect(headings.indexOf('Gặp trực tiếp')).toBeGreaterThanOrEqual(0);
    expect(headings.indexOf('Gặp trực tiếp')).toBeLessThan(headings.findIndex((h) => /Toàn văn/.test(h)));
  });

  it('lists the next three days of each reception from the build\'s day, the February day moved past Tết', async () => {
    expect(await listedDays()).toEqual([
      ['2026-02-23', '2026-03-16', '2026-04-15'],
      ['2026-02-02', '2026-02-03', '2026-02-04'],
    ]);
    const first = squash(await page.locator('.contact .reception-days li').first().innerText());
    expect(first).toBe('Thứ Hai, 23/02/2026 (dời từ Chủ Nhật, 15/02/2026: ngày nghỉ cuối tuần, Tết Nguyên đán)');
  });

  it('gives the hours, the place with its map link, what to bring, and tap-to-call to register', async () => {
    const card = squash(await page.locator('.contact').innerText());
    expect(card).toContain('Giờ tiếp: 08:00–11:30');
    expect(card).toContain('Giờ tiếp: 07:30–11:30, 13:30–16:30');
    expect(card).toContain(squash(notice.location.text));
    for (const item of notice.rules.items) expect(card).toContain(item);
    expect(await page.locator('.contact a[href^="https://www.openstreetmap.org/"]').count()).toBe(1);
    const call = page.locator('.contact a[href="tel:+842253842690"]');
    expect(await call.count()).toBe(1);
    expect(squash(await call.innerText())).toContain('0225.3842.690');
  });

  it('offers a calendar file that a calendar library reads: the same days, in Vietnam\'s time', async () => {
    const href = await page.locator('.contact a[href$=".ics"]').getAttribute('href');
    expect(href).toBe(`/thong-bao/${RECEPTION_SLUG}/lich-tiep-cong-dan.ics`);
    const response = await page.request.get(`${site.url}${href}`);
    expect(response.ok()).toBe(true);
    const comp = new ICAL.Component(ICAL.parse(await response.text()) as unknown[]);
    ICAL.TimezoneService.register(comp.getFirstSubcomponent('vtimezone')!);
    const events = comp.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const head = events.filter((e) => e.summary.startsWith(notice.headReception.heading));
    expect(head.slice(0, 3).map((e) => e.startDate.toJSDate().toISOString())).toEqual(['2026-02-23T01:00:00.000Z', '2026-03-16T01:00:00.000Z', '2026-04-15T01:00:00.000Z']);
    for (const e of events) expect(e.startDate.toJSDate().getTime()).toBeGreaterThanOrEqual(Date.UTC(2026, 0, 31, 17));
  });

  it('prints the official text word for word after it', async () => {
    const text = squash(await page.locator('.official').innerText());
    for (const s of [notice.headReception.text, notice.regularReception.text, notice.location.text, notice.registration.text]) expect(text).toContain(squash(s));
  });
});

describe('the day on Tết', () => {
  it('is held on the working day before, as the notice says', async () => {
    await page.goto(`${site.url}/thong-bao/${RECEPTION_TET_SLUG}/`);
    expect((await listedDays())[0]![0]).toBe('2026-02-13');
    expect(squash(await page.locator('.contact .reception-days li').first().innerText())).toBe('Thứ Sáu, 13/02/2026 (dời từ Thứ Ba, 17/02/2026: Tết Nguyên đán, ngày nghỉ cuối tuần)');
  });
});

describe('no day where none is to be offered', () => {
  it('a replaced schedule: no reception block, no day, no calendar file', async () => {
    await page.goto(`${site.url}/thong-bao/${RECEPTION_REPLACED_SLUG}/`);
    expect(await page.locator('.contact').count()).toBe(0);
    expect(await page.locator('time[datetime^="2026-0"]').evaluateAll((ts) => ts.filter((t) => t.closest('.contact')).length)).toBe(0);
    expect((await page.request.get(`${site.url}/thong-bao/${RECEPTION_REPLACED_SLUG}/lich-tiep-cong-dan.ics`)).status()).toBe(404);
  });

  it('a schedule whose period has ended says so and lists no day', async () => {
    await page.goto(`${site.url}/thong-bao/${RECEPTION_ENDED_SLUG}/`);
    expect(await listedDays()).toEqual([]);
    expect(squash(await page.locator('.contact .warning').innerText())).toBe('Lịch này đã hết thời gian áp dụng (01/01/2026 – 31/01/2026): không còn ngày tiếp nào.');
    expect(await page.locator('.contact a[href$=".ics"]').count()).toBe(0);
    // Its status says it is over, not "in force", marked as a replaced notice's is.
    expect(await page.locator('.state').innerText()).toBe('Hết thời gian áp dụng');
    expect(await page.locator('.state.badge--replaced').count()).toBe(1);
  });

  it('a schedule in force says so', async () => {
    await page.goto(`${site.url}/thong-bao/${RECEPTION_SLUG}/`);
    expect(await page.locator('.state').innerText()).toBe('Đang có hiệu lực');
    expect(await page.locator('.state.badge--replaced').count()).toBe(0);
  });
});

describe('the English page', () => {
  it('meets in person first, in English, with the same days and the translated text', async () => {
    await page.goto(`${site.url}/en/thong-bao/${RECEPTION_SLUG}/`);
    expect(await page.locator('#lien-he').innerText()).toBe('Meet us in person');
    expect((await listedDays())[0]).toEqual(['2026-02-23', '2026-03-16', '2026-04-15']);
    const card = squash(await page.locator('.contact').innerText());
    expect(card).toContain('The 15th of each month; on a day off, moved to the next working day');
    expect(card).toContain('Monday, 23/02/2026 (moved from Sunday, 15/02/2026: weekend, Tết Nguyên đán)');
    expect(squash(await page.locator('.official').innerText())).toContain(squash(notice.translations.en.headReception.text));
    expect(await page.locator('.contact a[href$=".ics"]').getAttribute('href')).toBe(`/en/thong-bao/${RECEPTION_SLUG}/lich-tiep-cong-dan.ics`);
  });
});

describe('on a 320 px screen', () => {
  it('nothing is wider than the screen', async () => {
    const narrow = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    try {
      await narrow.goto(`${site.url}/thong-bao/${RECEPTION_SLUG}/`);
      expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    } finally {
      await narrow.close();
    }
  });
});

describe('print and the PDF', () => {
  const pdf = path.join(FIXTURE_DIST, 'thong-bao', RECEPTION_SLUG, `${RECEPTION_SLUG}.pdf`);

  it('the PDF is the official text, A4, its sections as H2 under the title, nothing of the website', () => {
    const text = squash(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
    for (const s of [notice.subject, notice.headReception.heading, notice.headReception.text, notice.location.text, ...notice.rules.items, notice.closing]) expect(text).toContain(squash(s));
    expect(text).toContain('0225.3842.690');
    // "Meet us in person" and its next days are the website's, not the document's.
    expect(text).not.toContain('Gặp trực tiếp');
    expect(text).not.toContain('23/02/2026');
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:.*\(A4\)/);
    const tree = execFileSync('pdfinfo', ['-struct', pdf], { encoding: 'utf8' });
    expect(tree.match(/^\s*H1\b/gm)).toHaveLength(1);
    expect(tree.match(/^\s*H2\b/gm)).toHaveLength(5);
  });

  it('the print preview hides the reception block and prints the numbered sections', async () => {
    await page.goto(`${site.url}/thong-bao/${RECEPTION_SLUG}/ban-in/`);
    await page.emulateMedia({ media: 'print' });
    try {
      const visible = squash(await page.locator('body').innerText());
      expect(visible).not.toContain('Gặp trực tiếp');
      expect(visible).toContain(`1. ${notice.headReception.heading}`);
      expect(visible).toContain(`5. ${notice.registration.heading}`);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});

describe('search, typed with or without marks', () => {
  const results = async (query: string) => {
    await page.goto(`${site.url}/tim-kiem/?q=${encodeURIComponent(query)}`);
    await expect.poll(async () => (await page.textContent('#trang-thai')) ?? '', { timeout: 10_000 }).toContain(`“${query}”`);
    return page.$$eval('#danh-sach li', (lis) => lis.map((li) => ({ href: li.querySelector('a')!.getAttribute('href'), badge: li.querySelector('.badge')?.textContent ?? null })));
  };

  it.each(['tiep cong dan', 'lịch tiếp', 'lich tiep cong dan'])('"%s" finds the schedule in force before the replaced one and the ended one', async (query) => {
    const found = await results(query);
    const hrefs = found.map((r) => r.href);
    const inForce = hrefs.indexOf(`/thong-bao/${RECEPTION_SLUG}/`);
    const replaced = hrefs.indexOf(`/thong-bao/${RECEPTION_REPLACED_SLUG}/`);
    const ended = hrefs.indexOf(`/thong-bao/${RECEPTION_ENDED_SLUG}/`);
    expect(inForce).toBeGreaterThanOrEqual(0);
    expect(replaced).toBeGreaterThan(inForce);
    expect(found[replaced]!.badge).toBe('Đã được thay thế');
    expect(ended).toBeGreaterThan(inForce);
    expect(found[ended]!.badge).toBe('Hết thời gian áp dụng');
  });
});
