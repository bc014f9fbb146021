import { describe, expect, it } from 'vitest';
import { absoluteUrl, dataPath, noticePath, vcardPath, withBase } from '../../src/lib/urls.ts';

describe('addresses of generated files', () => {
  it('number vCards from 1, beside the notice page', () => {
    expect(vcardPath('duong-day-nong-2026-05', 0)).toBe('thong-bao/duong-day-nong-2026-05/lien-he-1.vcf');
    expect(dataPath('a-b')).toBe('du-lieu/thong-bao/a-b.json');
  });
  it('work at the site root and in a sub-folder (GitHub Pages)', () => {
    expect(withBase('/', noticePath('x'))).toBe('/thong-bao/x/');
    expect(withBase('/sub/', noticePath('x'))).toBe('/sub/thong-bao/x/');
    expect(withBase('/sub', 'rss.xml')).toBe('/sub/rss.xml');
    expect(absoluteUrl('https://example.github.io', '/sub/', noticePath('x'))).toBe('https://example.github.io/sub/thong-bao/x/');
  });
  it('refuse to make an absolute address without a site address', () => {
    expect(() => absoluteUrl(undefined, '/', 'rss.xml')).toThrow(/SITE_URL/);
  });
});
