/**
 * The QR code's target address comes from configuration (SITE_URL, BASE_PATH), and the
 * code is plain SVG that needs no script or image request.
 */
import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { drawSvg, qrSvg } from '../../src/lib/qr.ts';
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

  it('is an SVG hidden from screen readers (the address is printed beside it)', () => {
    const svg = qrSvg('https://example.gov.vn/thong-bao/a/');
    expect(svg).toMatch(/^<svg aria-hidden="true" focusable="false" xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).not.toMatch(/<script|<image|href=/);
  });
});

describe('the QR code drawing', () => {
  it('draws each run of dark modules as one stroke, on a white square', () => {
    const svg = drawSvg([
      [false, true, true, false, true],
      [false, false, false, false, false],
      [true, true, true, true, true],
      [true, false, false, false, false],
      [false, false, false, true, true],
    ]);
    expect(svg).toContain('viewBox="0 0 5 5"');
    expect(svg).toContain('<path fill="#ffffff" d="M0 0h5v5H0z"/>');
    expect(svg).toContain('<path stroke="#000000" d="M1 0.5h2m1 0h1M0 2.5h5M0 3.5h1M3 4.5h2"/>');
  });

  it('scans back to the address (the strokes redrawn as pixels, read by jsQR)', () => {
    const url = 'https://songoaivu.haiphong.gov.vn/thong-bao/duong-day-nong-2026-05/';
    const svg = qrSvg(url);
    const size = Number(/viewBox="0 0 (\d+) /.exec(svg)![1]);
    const d = /stroke="#000000" d="([^"]+)"/.exec(svg)![1]!;
    // Redraw the strokes, 8 pixels a module, black on white.
    const scale = 8;
    const px = size * scale;
    const data = new Uint8ClampedArray(px * px * 4).fill(255);
    let x = 0;
    let y = 0;
    for (const [, cmd, a, b] of d.matchAll(/([MmhH])([\d.]+)(?: ([\d.]+))?/g)) {
      if (cmd === 'M') [x, y] = [Number(a), Number(b) - 0.5];
      else if (cmd === 'm') x += Number(a);
      else {
        for (let i = x; i < x + Number(a); i++)
          for (let dy = 0; dy < scale; dy++)
            for (let dx = 0; dx < scale; dx++) data.fill(0, ((y * scale + dy) * px + i * scale + dx) * 4, ((y * scale + dy) * px + i * scale + dx) * 4 + 3);
        x += Number(a);
      }
    }
    expect(jsQR(data, px, px)?.data).toBe(url);
  });
});
