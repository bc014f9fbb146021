/**
 * The QR code's target address comes from configuration (SITE_URL, BASE_PATH), and the
 * code is plain SVG that needs no script or image request.
 */
import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../src/lib/qr.ts';
import { absoluteUrl, noticePath } from '../../src/lib/urls.ts';

const noticeUrl = (slug: string, site: URL | string | undefined, base: string) => absoluteUrl(site, base, noticePath(slug));

describe('the address behind the QR code', () => {
  it('joins the site, the base path and the notice page', () => {
    expect(noticeUrl('duong-day-nong-2026-05', new URL('https://songoaivu.haiphong.gov.vn'), '/')).toBe(
      'https://songoaivu.haiphong.gov.vn/thong-bao/duong-day-nong-2026-05/',
    );
    expect(noticeUrl('a', 'https://example.github.io', '/thong-bao-hp')).toBe('https://example.github.io/thong-bao-hp/thong-bao/a/');
    expect(noticeUrl('a', 'https://example.github.io/', '/thong-bao-hp/')).toBe('https://example.github.io/thong-bao-hp/thong-bao/a/');
  });

  it('refuses to build without a site address', () => {
    expect(() => noticeUrl('a', undefined, '/')).toThrow(/SITE_URL/);
  });

  it('is an SVG hidden from screen readers (the address is printed beside it)', async () => {
    const svg = await qrSvg('https://example.gov.vn/thong-bao/a/');
    expect(svg).toMatch(/^<svg aria-hidden="true" focusable="false" xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).not.toMatch(/<script|<image|href=/);
  });
});
