/**
 * schema.org JSON-LD, read from the built notice pages in Chromium the way a crawler
 * would: the script element parses as JSON and carries the issuing body, a ContactPoint
 * per hotline, the address and the hours. A notice whose text contains "</script>"
 * must not break out of the element.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectBrowser } from '../support/browser.ts';
import { serveDir, type StaticServer } from '../../scripts/lib/static-server.ts';
import { e164 } from '../../src/lib/phone.ts';
import { noticePath } from '../../src/lib/urls.ts';
import { ESCAPE_SLUG, SITES, SITE_URL, peopleOf } from './notices.ts';

const site = SITES[1]; // the fixture site holds every notice, the seed included
let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveDir(site.dir);
  browser = await connectBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function jsonLdOf(slug: string): Promise<Record<string, any>[]> {
  await page.goto(`${server.url}/${noticePath(slug)}`);
  const blocks = await page.$$eval('script[type="application/ld+json"]', (els) => els.map((e) => e.textContent ?? ''));
  expect(blocks).toHaveLength(1);
  const doc = JSON.parse(blocks[0]);
  expect(doc['@context']).toBe('https://schema.org');
  return doc['@graph'];
}

const days: Record<string, string> = { Mo: 'Monday', Tu: 'Tuesday', We: 'Wednesday', Th: 'Thursday', Fr: 'Friday', Sa: 'Saturday', Su: 'Sunday' };

describe.each(site.notices.map((n) => ({ slug: n.slug, n })))('JSON-LD of $slug', ({ slug, n }) => {
  let graph: Record<string, any>[];
  let org: Record<string, any>;
  let notice: Record<string, any>;
  beforeAll(async () => {
    graph = await jsonLdOf(slug);
    org = graph.find((g) => g['@type'] === 'GovernmentOrganization')!;
    notice = graph.find((g) => g['@type'] === 'Article')!;
  });

  it('names the issuing body and its parent', () => {
    expect(org.name).toBe(n.data.issuer.fullName);
    expect(org.parentOrganization).toEqual({ '@type': 'GovernmentOrganization', name: n.data.issuer.parent });
  });

  // A notice that offers no numbers (replaced, or a draft not yet in force) says nothing of
  // how to reach the body: no ContactPoint, no address, no place, no Facebook page.
  const offers = n.view.lifecycle.offersContacts;

  it('has a ContactPoint per hotline with the number in E.164, or none when the notice offers no numbers', () => {
    if (!offers) return expect(JSON.stringify(graph)).not.toContain('ContactPoint');
    expect(org.contactPoint).toHaveLength(peopleOf(n.data).length);
    peopleOf(n.data).forEach((c, i) => {
      const cp = org.contactPoint[i];
      expect(cp['@type']).toBe('ContactPoint');
      expect(cp.name).toContain(c.name);
      expect(cp.telephone).toBe(e164(c.phone) ?? c.phone.replace(/\D/g, ''));
      expect(cp.email).toBe(c.email?.address);
      expect(cp.availableLanguage).toBe('vi');
    });
  });

  it('gives opening hours exactly when the notice has a weekly schedule', () => {
    if (!offers) return expect(org.location).toBeUndefined();
    const expected = n.view.hours.schedule?.map((p) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: p.days.map((d) => `https://schema.org/${days[d]}`),
      opens: p.opens,
      closes: p.closes,
    }));
    for (const cp of org.contactPoint) expect(cp.hoursAvailable).toEqual(expected);
    expect(org.location.openingHoursSpecification).toEqual(expected);
  });

  it('has the postal address, every part taken from the notice', () => {
    if (!offers) return expect(org.address).toBeUndefined();
    const a = org.address;
    expect(a['@type']).toBe('PostalAddress');
    expect(a.addressCountry).toBe('VN');
    for (const part of [a.streetAddress, a.addressLocality, a.addressRegion].filter(Boolean)) {
      expect(n.view.address.original).toContain(part);
    }
    expect(n.view.address.original).toContain(a.streetAddress);
  });

  it('points sameAs at the Facebook page, if any', () => {
    if (!n.view.social || !offers) return expect(org.sameAs).toBeUndefined();
    expect(org.sameAs).toHaveLength(1);
    expect(new URL(org.sameAs[0]).hostname).toMatch(/facebook\.com$/);
  });

  it('describes the notice itself with its page, and a full date with time zone when it has its day', () => {
    expect(notice.name).toBe(n.data.subject);
    if (n.data.date.length === 10) expect(notice.datePublished).toBe(`${n.data.date}T00:00:00+07:00`);
    else expect(notice.datePublished).toBeUndefined();
    expect(notice.url).toBe(`${SITE_URL}/${noticePath(slug)}`);
    expect(notice.publisher['@id']).toBe(org['@id']);
    expect(notice.inLanguage).toBe('vi');
    expect(notice.creativeWorkStatus).toBe(n.view.lifecycle.replacedBy ? 'Obsolete' : n.view.status.issued ? 'Published' : 'Draft');
  });

  it('uses only types a structured-data validator reads, and only full ISO 8601 dates', () => {
    const types = new Set(JSON.stringify(graph).match(/"@type":"(\w+)"/g)!.map((t) => t.slice(9, -1)));
    for (const t of types) expect(['GovernmentOrganization', 'PostalAddress', 'Place', 'GeoCoordinates', 'ContactPoint', 'OpeningHoursSpecification', 'Article', 'WebPage']).toContain(t);
    for (const [, date] of JSON.stringify(graph).matchAll(/"date\w*":"([^"]*)"/g)) {
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    }
  });
});

describe('a notice whose text contains </script>', () => {
  it('keeps the text inside the JSON-LD and runs nothing', async () => {
    const graph = await jsonLdOf(ESCAPE_SLUG);
    const notice = graph.find((g) => g['@type'] === 'Article')!;
    expect(notice.name).toContain('</script><script>document.title="hỏng"</script>');
    // Had the text closed the element, the injected script would have renamed the page.
    expect(await page.title()).not.toBe('hỏng');
    const injected = await page.$$eval('script', (els) => els.filter((e) => (e.textContent ?? '').startsWith('document.title')).length);
    expect(injected).toBe(0);
  });

  it('keeps the Facebook profile id and drops only the display language', async () => {
    const graph = await jsonLdOf(ESCAPE_SLUG);
    const org = graph.find((g) => g['@type'] === 'GovernmentOrganization')!;
    expect(org.sameAs).toEqual(['https://www.facebook.com/profile.php?id=100000000000001']);
  });
});
