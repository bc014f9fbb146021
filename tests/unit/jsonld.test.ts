import { describe, expect, it } from 'vitest';
import { facebookIdentity, noticeJsonLd, postalAddress, serializeJsonLd } from '../../src/outputs/jsonld.ts';
import { addressParts } from '../../src/lib/address.ts';
import { FIXTURE_NOTICES, SEED_YAML } from '../support/paths.ts';
import { viewOf } from '../support/views.ts';

describe('serializing JSON-LD for a <script> element', () => {
  const value = { text: '</script><script>alert(1)</script> <!-- & \u2028 đường' };
  const out = serializeJsonLd(value);
  it('cannot close the script element or open a comment', () => {
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
  });
  it('is still the same JSON value', () => {
    expect(JSON.parse(out)).toEqual(value);
  });
});

describe('splitting an address as printed', () => {
  it.each([
    [
      'Số 15 Trần Quang Khải, Phường Hồng Bàng, Thành phố Hải Phòng.',
      { street: 'Số 15 Trần Quang Khải', locality: 'Phường Hồng Bàng', region: 'Thành phố Hải Phòng' },
    ],
    [
      'Tầng 2, Số 1 Điện Biên Phủ, Phường Hồng Bàng, Thành phố Hải Phòng',
      { street: 'Tầng 2, Số 1 Điện Biên Phủ', locality: 'Phường Hồng Bàng', region: 'Thành phố Hải Phòng' },
    ],
    ['Thôn 3, Xã An Hưng, Tỉnh Quảng Ninh.', { street: 'Thôn 3', locality: 'Xã An Hưng', region: 'Tỉnh Quảng Ninh' }],
    // Nothing recognised: the whole text stays as the street, nothing is guessed.
    ['Trụ sở Sở Ngoại vụ', { street: 'Trụ sở Sở Ngoại vụ' }],
  ])('%s', (text, parts) => {
    expect(addressParts(text)).toEqual(parts);
  });

  it('gives schema.org parts with the country', () => {
    expect(postalAddress(addressParts('Số 1 Lê Lợi, Phường Ngô Quyền, Thành phố Hải Phòng.'))).toMatchObject({
      '@type': 'PostalAddress',
      streetAddress: 'Số 1 Lê Lợi',
      addressLocality: 'Phường Ngô Quyền',
      addressCountry: 'VN',
    });
  });
});

describe('the Facebook page as sameAs', () => {
  it('drops only the display language', () => {
    expect(facebookIdentity('https://www.facebook.com/haiphongdofa?locale=vi_VN')).toBe('https://www.facebook.com/haiphongdofa');
    expect(facebookIdentity('https://www.facebook.com/profile.php?id=123&locale=vi_VN')).toBe('https://www.facebook.com/profile.php?id=123');
  });
});

const graphOf = (file: string) => JSON.parse(serializeJsonLd(noticeJsonLd(viewOf(file))))['@graph'] as Record<string, any>[];

describe('the seed notice as JSON-LD', () => {
  const graph = graphOf(SEED_YAML);
  const org = graph.find((g) => g['@type'] === 'GovernmentOrganization')!;
  it('invents no hours when the notice has no weekly schedule', () => {
    for (const cp of org.contactPoint) expect(cp.hoursAvailable).toBeUndefined();
    expect(org.location.openingHoursSpecification).toBeUndefined();
  });
  it('marks an unregistered draft as such, and gives it no publication date (it has no day)', () => {
    const notice = graph.find((g) => g['@type'] === 'Article')!;
    expect(notice.creativeWorkStatus).toBe('Draft');
    expect(notice).not.toHaveProperty('datePublished');
    expect(notice.identifier).toBeUndefined();
  });
  it('uses no type Google Search no longer reads', () => {
    expect(JSON.stringify(graph)).not.toContain('SpecialAnnouncement');
  });
});

describe('an issued notice with a weekly schedule as JSON-LD', () => {
  const graph = graphOf(`${FIXTURE_NOTICES}/thu-nghiem-lich-tiep-cong-dan-2026-06.yaml`);
  const article = graph.find((g) => g['@type'] === 'Article')!;
  const org = graph.find((g) => g['@type'] === 'GovernmentOrganization')!;
  it('dates it with a full ISO 8601 date and time zone', () => {
    expect(article.datePublished).toBe('2026-02-05T00:00:00+07:00');
    expect(article.creativeWorkStatus).toBe('Published');
    expect(article.identifier).toMatch(/^\d{2,}\/[A-ZĐ-]+$/);
  });
  it('gives the place to visit its opening hours as OpeningHoursSpecification', () => {
    expect(org.location['@type']).toBe('Place');
    expect(org.location.openingHoursSpecification[0]).toMatchObject({ '@type': 'OpeningHoursSpecification', dayOfWeek: expect.any(Array) });
    expect(org.location.openingHoursSpecification[0].opens).toMatch(/^\d{2}:\d{2}$/);
  });
  it('keeps headlines within what results show in full', () => {
    expect(article.headline.length).toBeLessThanOrEqual(110);
  });
});
