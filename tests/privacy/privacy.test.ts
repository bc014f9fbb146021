/**
 * Privacy and security of the published site (dist/) in Chromium (tests/privacy/site-privacy.ts;
 * the fixture site's in tests/a11y/keyboard.test.ts, in the loads its keyboard walk reads), and
 * of every test site's _headers:
 *  - the notice page's render-blocking bytes (HTML + CSS + JS, gzipped) fit 14,600 bytes;
 *  - _headers gives every feed, open-data file and schema its content type, and every path HSTS.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BASE_DIST, BASE_PATH, DIST, FIXTURE_DIST, KO_DIST, SEED_SLUG } from '../support/paths.ts';
import { sitePages } from '../../scripts/lib/site-pages.ts';
import { describeSitePrivacy, headersFor } from './site-privacy.ts';

describeSitePrivacy('dist/', DIST, [SEED_SLUG]);

describe('weight of the notice page', () => {
  it('renders from at most 14,600 bytes gzipped (HTML and every stylesheet and script it references)', () => {
    const html = readFileSync(path.join(DIST, 'thong-bao', SEED_SLUG, 'index.html'));
    const refs = [...html.toString('utf8').matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(0); // the stylesheet, at least: the sum below is real
    const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;
    const total = gz(html) + refs.reduce((sum, ref) => sum + gz(readFileSync(path.join(DIST, ref))), 0);
    expect(total).toBeLessThanOrEqual(14_600);
  });
});

describe('_headers on every test site, under its base path and in each of its languages', () => {
  const files = (dist: string, test: (f: string) => boolean) =>
    readdirSync(dist, { recursive: true, encoding: 'utf8' }).map((f) => f.split(path.sep).join('/')).filter(test);
  for (const [dist, base] of [
    [DIST, '/'],
    [FIXTURE_DIST, '/'],
    [BASE_DIST, BASE_PATH],
    [KO_DIST, '/'],
  ] as const) {
    it(`${path.basename(dist)}: every feed, open-data file and schema gets its one content type; every path HSTS`, () => {
      const feeds = files(dist, (f) => f.endsWith('rss.xml'));
      // Vietnamese at the root and each other language's (English, Korean on the Korean site).
      expect(feeds.length).toBeGreaterThanOrEqual(2);
      for (const f of feeds) expect(headersFor(dist, `${base}${f}`)['content-type'], f).toEqual(['application/rss+xml; charset=utf-8']);
      const data = files(dist, (f) => f.startsWith('du-lieu/') && f.endsWith('.json'));
      expect(data.length).toBeGreaterThan(2);
      for (const f of data) {
        const h = headersFor(dist, `${base}${f}`);
        expect(h['content-type'], f).toEqual([f.startsWith('du-lieu/luoc-do/') ? 'application/schema+json; charset=utf-8' : 'application/json; charset=utf-8']);
        expect(h['access-control-allow-origin'], f).toEqual(['*']);
      }
      for (const p of sitePages(dist, base)) {
        const hsts = headersFor(dist, p)['strict-transport-security'];
        expect(hsts, p).toHaveLength(1);
        expect(Number(/max-age=(\d+)/.exec(hsts![0]!)?.[1]), p).toBeGreaterThanOrEqual(31_536_000);
      }
    });
  }
});
