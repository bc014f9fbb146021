/**
 * The hotline kind on its own: its contact view (the phone as printed, its tel: link,
 * E.164 and vCard type, worked out once), its sections in print order, and its
 * translation put in place without touching a number.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hotline } from './index.ts';
import { translator } from '../../i18n/index.ts';
import { weekendsOnly } from '../../lib/calendar.ts';
import type { HotlineNotice } from './schema.ts';
import type { HotlineTranslation } from './translation.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const load = (file: string) => parse(readFileSync(path.join(ROOT, file), 'utf8')) as HotlineNotice & { translations?: Record<string, HotlineTranslation> };
const seed = load('content/notices/duong-day-nong-2026-05.yaml');
const t = translator();
const ctx = { t, offers: true, mailto: (e: string) => `mailto:${e}`, vcardPath: (i: number) => `lien-he-${i + 1}.vcf`, calendar: weekendsOnly('2026-05-15'), folder: 'thong-bao/x/' };

describe('the hotline kind', () => {
  it('its contact view derives each number once: as printed, tel:, E.164, mobile', () => {
    const reach = hotline.contact(seed, seed, ctx);
    expect(reach.contacts.map((c) => [c.phone, c.tel, c.e164, c.mobile])).toEqual([
      ['0934.336.639', 'tel:+84934336639', '+84934336639', true],
      ['0969.661.341', 'tel:+84969661341', '+84969661341', true],
    ]);
    expect(reach.contacts[0]!.nameParts).toEqual({ family: 'Đỗ', given: 'Minh', middle: 'Quang', prefix: 'Ông' });
    expect(reach.contacts.map((c) => c.vcardPath)).toEqual(['lien-he-1.vcf', 'lien-he-2.vcf']);
    expect(reach.purpose).toBe(seed.hotlines.heading);
    expect(reach.address.mapHref).toMatch(/^https:\/\/www\.openstreetmap\.org\//);
    expect(reach.social?.url).toBe(seed.facebook!.url);
  });

  it('a short service number has no E.164 form and is dialled as written; a landline is no mobile', () => {
    const n = structuredClone(seed);
    n.hotlines.contacts[0]!.phone = '1022';
    n.hotlines.contacts[1]!.phone = '0225.3842.689';
    const [short, landline] = hotline.contact(n, n, ctx).contacts;
    expect([short!.tel, short!.e164]).toEqual(['tel:1022', null]);
    expect([landline!.e164, landline!.mobile]).toEqual(['+842253842689', false]);
  });

  it('offers no one to call when the notice offers no numbers', () => {
    expect(hotline.contact(seed, seed, { ...ctx, offers: false }).contacts).toEqual([]);
  });

  it('numbers its sections in print order, and a section left out takes no number', () => {
    const links = { tel: () => null, mailto: () => null };
    const headings = (n: HotlineNotice) => hotline.sections(n, t, links).flatMap((b) => (b.type === 'section' ? [`${b.number}. ${b.heading}`] : []));
    expect(headings(seed)[0]).toBe(`1. ${seed.hotlines.heading}`);
    const { facebook: _dropped, ...rest } = seed;
    const without = headings(rest as HotlineNotice);
    expect(without).toHaveLength(headings(seed).length - 1);
    expect(without[1]).toBe(`2. ${seed.hours.heading}`);
  });

  it('a translation puts its texts in place and keeps every number, name and address part of the original', () => {
    const fixture = load('tests/fixtures/translation/ban-dich-hop-le.yaml');
    const en = fixture.translations!.en!;
    const { notice: merged, untranslated, warnings } = hotline.translate(fixture, en, 'en');
    expect(merged.hotlines.heading).toBe(en.hotlines.heading);
    expect(merged.hotlines.contacts.map((c) => [c.name, c.phone, c.honorific])).toEqual(fixture.hotlines.contacts.map((c) => [c.name, c.phone, c.honorific]));
    expect(merged.hotlines.contacts.map((c) => c.post)).toEqual(en.hotlines.contacts.map((c) => c.post));
    expect(merged.address.coordinates).toEqual(fixture.address.coordinates);
    expect(warnings).toEqual([]);
    expect([...untranslated]).toEqual([]);
  });
});
