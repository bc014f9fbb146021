/**
 * "Lưu vào danh bạ": every hotline of every notice in the built sites has a vCard that a
 * real vCard parser (ical.js) reads back with the person, the number in E.164, the post
 * and the organisation; the notice page links to it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { e164 } from '../../src/lib/phone.ts';
import { noticePath, vcardPath } from '../../src/lib/urls.ts';
import { ESCAPE_SLUG, SITES, SITE_URL, peopleOf } from './notices.ts';

/** A notice that offers its numbers (src/model/lifecycle.ts): in force, or a draft that replaces nothing. */
const offers = (n: (typeof SITES)[number]['notices'][number]) => n.view.lifecycle.offersContacts;
const cases = SITES.flatMap((site) =>
  site.notices.filter(offers).flatMap((n) =>
    peopleOf(n.data).map((c, i) => ({ label: `${site.name}: ${n.slug} #${i + 1}`, site, n, c, i })),
  ),
);
const silent = SITES.flatMap((site) => site.notices.filter((n) => !offers(n)).map((n) => ({ label: `${site.name}: ${n.slug}`, site, n })));

describe('vCards of every hotline', () => {
  it('covers both sites and the three fixture notices', () => {
    expect(new Set(cases.map((x) => x.n.slug)).size).toBeGreaterThanOrEqual(3);
  });

  it('covers the notices that offer no numbers: the replaced ones (a hotline notice, a reception schedule) and the draft naming a notice in force', () => {
    expect(silent.map((x) => x.n.slug).sort()).toEqual(['thu-nghiem-du-lich-duong-day-nong-2026-01', 'thu-nghiem-du-lich-duong-day-nong-du-thao', 'thu-nghiem-lich-tiep-cong-dan-2026-cu']);
  });

  it.each(silent)('$label publishes no vCard and links none', ({ site, n }) => {
    peopleOf(n.data).forEach((_c, i) => expect(existsSync(path.join(site.dir, vcardPath(n.slug, i)))).toBe(false));
    const html = readFileSync(path.join(site.dir, noticePath(n.slug), 'index.html'), 'utf8');
    expect(html).not.toMatch(/href="[^"]+\.vcf"/);
  });

  it.each(cases)('$label', ({ site, n, c, i }) => {
    const file = path.join(site.dir, vcardPath(n.slug, i));
    expect(existsSync(file), file).toBe(true);
    const text = readFileSync(file, 'utf8');

    // RFC 6350: CRLF line ends, no physical line over 75 octets.
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);

    const card = new ICAL.Component(ICAL.parse(text) as unknown[]);
    expect(card.name).toBe('vcard');
    expect(card.getFirstPropertyValue('version')).toBe('4.0');
    expect(card.getFirstPropertyValue('fn')).toBe(c.name);
    expect(card.getFirstPropertyValue('title')).toBe(c.post);
    expect(card.getFirstPropertyValue('org')).toBe(n.data.issuer.fullName);
    const number = e164(c.phone);
    expect(card.getFirstPropertyValue('tel')).toBe(number ? `tel:${number}` : c.phone.replace(/\D/g, ''));
    expect(card.getFirstPropertyValue('email')).toBe(c.email?.address ?? null);
    expect(card.getFirstProperty('adr')?.getParameter('label')).toBe(n.view.address.text);
    expect(card.getFirstPropertyValue('url')).toBe(`${SITE_URL}/${noticePath(n.slug)}`);
    expect(card.getFirstPropertyValue('note')).toContain(n.view.hours.text);
  });

  it.each(SITES.flatMap((site) => site.notices.filter(offers).map((n) => ({ label: `${site.name}: ${n.slug}`, site, n }))))(
    '$label links each hotline to its vCard',
    ({ site, n }) => {
      const html = readFileSync(path.join(site.dir, noticePath(n.slug), 'index.html'), 'utf8');
      const links = [...html.matchAll(/href="([^"]+\.vcf)"/g)].map((m) => m[1]);
      expect(links).toEqual(peopleOf(n.data).map((_c, i) => `/${vcardPath(n.slug, i)}`));
    },
  );

  it('reads back commas, semicolons, backslashes and line breaks unchanged', () => {
    const fixture = SITES[1].notices.find((n) => n.slug === ESCAPE_SLUG)!;
    const text = readFileSync(path.join(SITES[1].dir, vcardPath(ESCAPE_SLUG, 0)), 'utf8');
    const card = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const post = peopleOf(fixture.data)[0]!.post;
    expect(post).toMatch(/[,;\\\n]/);
    expect(card.getFirstPropertyValue('title')).toBe(post);
    const street = (card.getFirstPropertyValue('adr') as unknown as string[])[2];
    expect(street).toBe('Tầng 2, Số 1 Điện Biên Phủ; nhà "A"');
    // The long name had to be folded, and unfolds to itself.
    expect(text).toMatch(/\r\n /);
    expect(card.getFirstPropertyValue('fn')).toBe(peopleOf(fixture.data)[0]!.name);
  });
});
