/**
 * The English pages as a foreign resident meets them, in Chromium on the fixture site:
 * the Vietnamese page leads to them and back (links, hreflang, by keyboard); the seed's
 * English page is in English throughout, with every Vietnamese name marked for screen
 * readers, first the contact block, then the whole translation, labelled unofficial,
 * with the very same tap-to-call links; a notice without a translation says so and
 * links the Vietnamese text; a replaced notice, the archive and the directory of
 * hotlines speak English too.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { FIXTURE_DIST, SECOND_SLUG, SEED_SLUG, SEED_YAML, SITE_URL } from '../support/paths.ts';
import type { HotlineFile } from '../../src/kinds/hotline/index.ts';
import { DIRECTORY_PATH } from '../../src/lib/urls.ts';
import { CHAIN, CHAIN_BODY } from '../support/chain.ts';

const seed = parse(readFileSync(SEED_YAML, 'utf8')) as HotlineFile;
const en = seed.translations!.en!;
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const vi = `/thong-bao/${SEED_SLUG}/`;
const english = `/en/thong-bao/${SEED_SLUG}/`;

let site: SiteSession;
let page: Page;
beforeAll(async () => {
  site = await openSite(FIXTURE_DIST);
  page = await site.browser.newPage({ javaScriptEnabled: false });
});
afterAll(() => site?.close());

/** Every tap-to-call link of a page (contact block and official text), in order. */
const tels = (p: Page) => p.$$eval('a[href^="tel:"]', (as) => as.map((a) => [a.getAttribute('href'), a.textContent?.match(/[\d.]{6,}/)?.[0]]));

/**
 * Words with letters only Vietnamese uses (not numbers like 1413/QĐ-UBND) whose element
 * is not marked lang="vi": a screen reader would read them with an English voice.
 */
const unmarkedVietnamese = (p: Page) =>
  p.evaluate(() => {
    const letters = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      if (el.closest('script, style, [hidden]') || el.closest('[lang]')?.getAttribute('lang') === 'vi') continue;
      for (const word of (n.textContent ?? '').split(/\s+/)) {
        if (letters.test(word) && !/[\d/]/.test(word)) out.push(`${word} (in <${el.tagName.toLowerCase()} class="${el.className}">)`);
      }
    }
    return out;
  });

describe('from the Vietnamese page to the English one, and back', () => {
  it('the Vietnamese page names its English version in its head and links it visibly', async () => {
    await page.goto(site.url + vi);
    expect(await page.getAttribute('link[rel="alternate"][hreflang="en"]', 'href')).toBe(`${SITE_URL}${english}`);
    const link = page.getByRole('navigation', { name: 'Ngôn ngữ' }).getByRole('link', { name: 'English' });
    expect(await link.getAttribute('href')).toBe(english);
    expect(await link.getAttribute('lang')).toBe('en');
    expect(await link.getAttribute('hreflang')).toBe('en');
  });

  it('the English page names the Vietnamese one, and its switch reads "Tiếng Việt (official)"', async () => {
    await page.goto(site.url + english);
    expect(await page.getAttribute('link[rel="alternate"][hreflang="vi"]', 'href')).toBe(`${SITE_URL}${vi}`);
    expect(await page.getAttribute('link[rel="alternate"][hreflang="x-default"]', 'href')).toBe(`${SITE_URL}${vi}`);
    const link = page.getByRole('navigation', { name: 'Language' }).getByRole('link');
    expect(squash(await link.innerText())).toBe('Tiếng Việt (official)');
    expect(await link.getAttribute('href')).toBe(vi);
    expect(await link.locator('[lang="vi"]').innerText()).toBe('Tiếng Việt');
  });

  it('goes both ways by keyboard alone', async () => {
    const kb = await site.browser.newPage();
    await kb.goto(site.url + vi);
    const tabTo = async (name: RegExp) => {
      for (let i = 0; i < 30; i++) {
        await kb.keyboard.press('Tab');
        if (name.test(await kb.evaluate(() => document.activeElement?.textContent?.trim() ?? ''))) return;
      }
      throw new Error(`no link ${name} by Tab`);
    };
    await tabTo(/^English$/);
    await kb.keyboard.press('Enter');
    await kb.waitForURL(`**${english}`);
    expect(await kb.getAttribute('html', 'lang')).toBe('en');
    await tabTo(/^Tiếng Việt \(official\)$/);
    await kb.keyboard.press('Enter');
    await kb.waitForURL(`**${vi}`);
    expect(await kb.getAttribute('html', 'lang')).toBe('vi');
    await kb.close();
  });

  it('every English page has its switch to the same page in Vietnamese', async () => {
    for (const path of ['/en/', '/en/tim-kiem/', english, `${english}ban-in/`, `/en/thong-bao/${SECOND_SLUG}/`]) {
      await page.goto(site.url + path);
      expect(await page.locator('.lang-switch a[hreflang="vi"]').getAttribute('href'), path).toBe(path.slice(3));
    }
  });
});

describe('the seed notice in English', () => {
  beforeAll(async () => {
    await page.goto(site.url + english);
  });

  it('is English throughout, each Vietnamese name and word marked lang="vi"', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await unmarkedVietnamese(page)).toEqual([]);
    // What is marked is the Vietnamese, exactly as written: names, the address, the signer.
    const marked = await page.$$eval('body [lang="vi"]', (els) => els.map((e) => e.textContent));
    for (const name of ['Đỗ Quang Minh', 'Trần Lê Thu Hằng', 'Trần Quang Khải', 'Hồng Bàng', 'Trần Thị Quỳnh Trang', 'Sở Ngoại vụ thành phố Hải Phòng']) {
      expect(marked).toContain(name);
    }
  });

  it('would notice Vietnamese left unmarked (the check above can fail)', async () => {
    const probe = await site.browser.newPage({ javaScriptEnabled: false });
    await probe.setContent('<html lang="en"><body><p>Call Mr <span>Đỗ Quang Minh</span> at 1413/QĐ-UBND</p></body></html>');
    expect(await unmarkedVietnamese(probe)).toEqual(['Đỗ (in <span class="">)']);
    await probe.close();
  });

  it('puts the contact block first, in English, with Mr and Ms and the names as written', async () => {
    const order = await page.$$eval('.contact, .official', (els) => els.map((e) => e.className.split(' ')[0]));
    expect(order).toEqual(['contact', 'official']);
    const contact = squash(await page.innerText('.contact'));
    for (const words of ['Call the hotline', 'Mr Đỗ Quang Minh', 'Chief of Office of the Department of Foreign Affairs', 'Ms Trần Lê Thu Hằng', 'Save to contacts', 'Visit in person', en.address.text, 'Hours', en.hours.text, 'Facebook page', 'Comments on Facebook are public']) {
      expect(contact).toContain(words);
    }
  });

  it('has the same tap-to-call links as the Vietnamese page, showing the numbers as printed', async () => {
    const ours = await tels(page);
    await page.goto(site.url + vi);
    const theirs = await tels(page);
    await page.goto(site.url + english);
    expect(ours).toEqual(theirs);
    expect(ours).toEqual([
      ['tel:+84934336639', '0934.336.639'],
      ['tel:+84969661341', '0969.661.341'],
      ['tel:+84934336639', '0934.336.639'],
      ['tel:+84969661341', '0969.661.341'],
    ]);
  });

  it('labels the translation as unofficial at its top, linking the official Vietnamese text', async () => {
    const first = page.locator('.official > :not(h2)').first();
    expect(squash(await first.innerText())).toBe(
      'Unofficial translation. The Vietnamese text is the official notice. The Department of Foreign Affairs of Hai Phong City has not yet reviewed this translation.',
    );
    expect(await first.getByRole('link').getAttribute('href')).toBe(vi);
  });

  it('carries the whole translation, in the order of the original', async () => {
    const text = squash(await page.innerText('.official'));
    const texts = [
      en.issuer.parent,
      'DEPARTMENT OF FOREIGN AFFAIRS',
      'SOCIALIST REPUBLIC OF VIET NAM',
      'Independence – Freedom – Happiness',
      'NOTICE',
      en.subject,
      ...en.opening.map((p) => p.text),
      en.hotlines.heading,
      `Mr Đỗ Quang Minh, ${en.hotlines.contacts[0]!.post}, phone: 0934.336.639.`,
      `Ms Trần Lê Thu Hằng, ${en.hotlines.contacts[1]!.post}, phone: 0969.661.341.`,
      en.facebook!.heading,
      'Page name: Sở Ngoại vụ thành phố Hải Phòng',
      `Managed by: ${en.facebook!.managedBy}`,
      en.hours.heading,
      en.hours.text,
      en.address.heading,
      en.address.text,
      en.responsibilities!.heading,
      ...en.responsibilities!.items.flatMap((r) => [r.text, ...(r.items ?? [])]),
      en.closing,
      'Recipients:',
      ...en.recipients.map((r) => `${r};`),
      'Archived: VT.',
      en.signer.post,
      'Trần Thị Quỳnh Trang',
    ].map(squash);
    let from = 0;
    const missing: string[] = [];
    for (const t of texts) {
      const at = text.toUpperCase().indexOf(t.toUpperCase(), from);
      if (at < 0) missing.push(t);
      else from = at + t.length;
    }
    expect(missing).toEqual([]);
    expect(text).not.toMatch(/CỘNG HÒA|Nơi nhận|số điện thoại/);
  });

  it('has English JSON-LD and meta description', async () => {
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { '@graph': Record<string, unknown>[] };
    const article = ld['@graph'].find((n) => n['@type'] === 'Article')!;
    expect(article.inLanguage).toBe('en');
    expect(article.name).toBe(squash(en.subject));
    expect(article.translationOfWork).toEqual({ '@id': `${SITE_URL}${vi}#thong-bao` });
    expect(await page.getAttribute('meta[name="description"]', 'content')).toMatch(/^Department of Foreign Affairs of Hai Phong City, Draft, May 2026: Hotline numbers .*\. Phone: 0934\.336\.639, 0969\.661\.341\.$/);
  });
});

describe('a notice without an English translation', () => {
  beforeAll(async () => {
    await page.goto(`${site.url}/en/thong-bao/${SECOND_SLUG}/`);
  });

  it('says so plainly, with a link to the Vietnamese text, and shows no text of its own', async () => {
    const section = page.getByRole('region', { name: 'Full text of the notice' });
    expect(squash(await section.innerText())).toBe('Full text of the notice This notice has not been translated into English yet. Read the official Vietnamese text');
    expect(await section.getByRole('link').getAttribute('href')).toBe(`/thong-bao/${SECOND_SLUG}/`);
    expect(await page.locator('.official, .doc').count()).toBe(0);
  });

  it('still gives the contact block in English, the Vietnamese texts marked as such', async () => {
    expect(squash(await page.innerText('.contact'))).toMatch(/^Contact Call the hotline Call /);
    expect(await unmarkedVietnamese(page)).toEqual([]);
    const ours = await tels(page);
    await page.goto(`${site.url}/thong-bao/${SECOND_SLUG}/`);
    const contactTels = await page.$$eval('.contact a[href^="tel:"]', (as) => as.map((a) => [a.getAttribute('href'), a.textContent?.match(/[\d.]{6,}/)?.[0]]));
    expect(ours).toEqual(contactTels);
    expect(ours.length).toBeGreaterThanOrEqual(2);
  });

  it('is listed on the English index as not yet translated', async () => {
    await page.goto(`${site.url}/en/`);
    const item = page.locator('.notice-list li').filter({ has: page.locator(`a[href="/en/thong-bao/${SECOND_SLUG}/"]`) });
    expect(squash(await item.innerText())).toMatch(/Not yet translated$/);
    expect(await unmarkedVietnamese(page)).toEqual([]);
  });
});

describe('the English frame', () => {
  it('the index, search page and footer speak English, and the 404 page has an English part', async () => {
    await page.goto(`${site.url}/en/`);
    expect(await page.locator('h1').innerText()).toBe('Notices');
    expect(await page.locator('.site-name').innerText()).toBe('Notices of the Hai Phong Department of Foreign Affairs');
    expect(squash(await page.innerText('footer'))).toMatch(/^Notices of the Hai Phong Department of Foreign Affairs\. A static site/);
    await page.goto(`${site.url}/en/tim-kiem/`);
    expect(await page.getByRole('searchbox', { name: 'Search notices' }).count()).toBe(1);
    await page.goto(`${site.url}/404.html`);
    const part = page.locator('section[lang="en"]');
    expect(await part.locator('h2').innerText()).toBe('Page not found');
    expect(await part.getByRole('link', { name: 'See all notices in English' }).getAttribute('href')).toBe('/en/');
  });
});

describe('a notice\'s lifecycle, and the directory, in English', () => {
  const telsOf = async (url: string, selector: string) => {
    await page.goto(`${site.url}${url}`);
    return page.$$eval(selector, (as) => as.map((a) => a.getAttribute('href')).sort());
  };

  it('a replaced notice says so first, in English, linking the English page of its replacement', async () => {
    await page.goto(`${site.url}/en/thong-bao/${CHAIN.replaced}/`);
    // First in the main content, before the h1, which is still the first heading (the banner's title is not one).
    const first = await page.$eval('main', (m) => ({ banner: m.querySelector('.lifecycle-banner, h1')!.matches('.lifecycle-banner'), heading: m.querySelector('h1, h2, h3')!.tagName }));
    expect(first).toEqual({ banner: true, heading: 'H1' });
    const banner = page.getByRole('region', { name: 'This notice has been replaced' });
    expect(squash(await banner.innerText())).toContain('Do not call the phone numbers in the text below');
    const link = banner.getByRole('link', { name: 'Notice No. 11/TB-SDL of 16 March 2026' });
    expect(await link.getAttribute('href')).toBe(`/en/thong-bao/${CHAIN.replacement}/`);
    expect(await banner.getByRole('link', { name: 'See all hotlines in force' }).getAttribute('href')).toBe('/en/duong-day-nong/');
    expect(await page.locator('a[href^="tel:"]').count()).toBe(0);
    expect(await unmarkedVietnamese(page)).toEqual([]);
  });

  it('the English index keeps replaced notices in its archive, each with its replacement', async () => {
    await page.goto(`${site.url}/en/`);
    const archive = page.getByRole('region', { name: 'Archive: notices that have been replaced' });
    const item = archive.locator('li').filter({ has: page.locator(`a[href="/en/thong-bao/${CHAIN.replaced}/"]`) });
    expect(squash(await item.innerText())).toMatch(/ · Replaced · Not yet translated Replaced by Notice No\. 11\/TB-SDL of 16 March 2026$/);
    expect(await page.locator('.notice-list:not(.notice-list--archive)').locator(`a[href="/en/thong-bao/${CHAIN.replaced}/"]`).count()).toBe(0);
  });

  it('the English directory offers the same numbers as the Vietnamese one, its headings in English, names marked', async () => {
    const vietnamese = await telsOf(`/${DIRECTORY_PATH}`, 'a.call');
    const ours = await telsOf(`/en/${DIRECTORY_PATH}`, 'a.call');
    expect(ours).toEqual(vietnamese);
    expect(ours).toContain('tel:+84934336639');
    expect(await page.locator('h1').innerText()).toBe('Hotlines in force');
    const bodies = await page.$$eval('.body-group h2', (hs) => hs.map((h) => [h.textContent!.trim(), h.querySelector('[lang="vi"]') ? 'vi' : 'en']));
    // The seed's body as its translation names it; a body with no translation in Vietnamese, marked as such.
    expect(bodies).toEqual([['Department of Foreign Affairs of Hai Phong City', 'en'], [CHAIN_BODY, 'vi']]);
    const seedGroup = squash(await page.getByRole('region', { name: 'Department of Foreign Affairs of Hai Phong City' }).innerText());
    expect(seedGroup).toContain('Mr Đỗ Quang Minh Chief of Office of the Department of Foreign Affairs');
    expect(seedGroup).toContain(`Address for submitting information in person ${en.address.text}`);
    expect(await page.getByRole('navigation', { name: 'Language' }).getByRole('link').getAttribute('href')).toBe(`/${DIRECTORY_PATH}`);
    expect(await unmarkedVietnamese(page)).toEqual([]);
  });
});

describe('a person the translation does not have yet (tests/fixtures/site/thu-nghiem-ban-dich-chua-du-2026-04.yaml)', () => {
  const slug = 'thu-nghiem-ban-dich-chua-du-2026-04';
  const note = '(not yet translated)';

  it('the English page shows her post in Vietnamese, marked lang="vi" and "(not yet translated)", the others in English', async () => {
    await page.goto(`${site.url}/en/thong-bao/${slug}/`);
    // The contact block: each person's post as the page shows it, and whether it is marked Vietnamese.
    const posts = await page.$$eval('.contact .hotline__post', (ps) =>
      ps.map((p) => [p.textContent!.replace(/\s+/g, ' ').trim(), p.querySelector('[lang="vi"]')?.textContent ?? null]),
    );
    expect(posts).toEqual([
      ['Chief of Office', null],
      ['Officer', null],
      [`Chuyên viên Văn phòng Sở ${note}`, 'Chuyên viên Văn phòng Sở'],
    ]);
    // The official text's line for her, the same way; the note is visible, in English.
    const line = page.locator('.doc-list li').filter({ hasText: '0225.3842.613' });
    expect(squash(await line.innerText())).toBe(`Ms Phạm Thị Mới, Chuyên viên Văn phòng Sở ${note}, phone: 0225.3842.613.`);
    expect(await line.locator('span[lang="vi"]', { hasText: 'Chuyên viên Văn phòng Sở' }).count()).toBe(1);
    expect(await line.getByText(note).isVisible()).toBe(true);
    // Her number is offered like the others'.
    expect(await page.locator('a[href="tel:+842253842613"]').count()).toBeGreaterThan(0);
    expect(await unmarkedVietnamese(page)).toEqual([]);
  });

  it('the Vietnamese page and the translated people carry no such note', async () => {
    await page.goto(`${site.url}/thong-bao/${slug}/`);
    expect(await page.locator('.untranslated').count()).toBe(0);
    expect(await page.innerText('main')).not.toContain('(chưa dịch)');
    expect(await page.innerText('main')).not.toContain(note);
    await page.goto(`${site.url}/en/thong-bao/${slug}/`);
    expect(await page.locator('.untranslated').count()).toBe(2);
  });

  it('its English print, the PDF\'s source, marks her post the same way', async () => {
    await page.goto(`${site.url}/en/thong-bao/${slug}/ban-in/`);
    const line = page.locator('.doc-list li').filter({ hasText: '0225.3842.613' });
    expect(squash(await line.innerText())).toContain(`Chuyên viên Văn phòng Sở ${note}`);
    expect(await line.locator('span[lang="vi"]').filter({ hasText: 'Chuyên viên Văn phòng Sở' }).count()).toBe(1);
  });
});
