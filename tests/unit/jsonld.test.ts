import { describe, expect, it } from 'vitest';
import { facebookIdentity, noticeJsonLd, postalAddress, serializeJsonLd } from '../../src/lib/jsonld.ts';
import { addressParts } from '../../src/lib/address.ts';
import { validateFile } from '../../src/lib/validate.ts';
import { SEED_YAML } from '../support/paths.ts';

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
    expect(postalAddress('Số 1 Lê Lợi, Phường Ngô Quyền, Thành phố Hải Phòng.')).toMatchObject({
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

describe('the seed notice as JSON-LD', () => {
  const seed = validateFile(SEED_YAML);
  if (!seed.ok) throw new Error('seed is invalid');
  const graph = noticeJsonLd(seed.data, 'https://example.test/thong-bao/x/')['@graph'] as unknown as Record<string, any>[];
  const org = graph.find((g) => g['@type'] === 'GovernmentOrganization')!;
  it('invents no hours when the notice has no weekly schedule', () => {
    for (const cp of org.contactPoint) expect(cp.hoursAvailable).toBeUndefined();
  });
  it('marks an unregistered draft as such, dated by month only', () => {
    const notice = graph.find((g) => g['@type'] === 'SpecialAnnouncement')!;
    expect(notice.datePosted).toBe('2026-05');
    expect(notice.creativeWorkStatus).toBe('Draft');
    expect(notice.identifier).toBeUndefined();
  });
});
