/**
 * Open data: each notice's JSON file holds exactly the data the project's validator
 * accepted from its YAML file; the index lists every notice, newest first; the notice
 * page links to its file.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { byNewest } from '../../src/lib/notice-view.ts';
import { DATA_INDEX_PATH, dataPath, noticePath } from '../../src/lib/urls.ts';
import { SITES, SITE_URL } from './notices.ts';

const read = (dir: string, p: string) => JSON.parse(readFileSync(path.join(dir, p), 'utf8'));

describe.each(SITES)('open data of $name', (site) => {
  it.each(site.notices.map((n) => ({ slug: n.slug, n })))('$slug.json equals the validated YAML', ({ n }) => {
    expect(read(site.dir, dataPath(n.slug))).toEqual(n.data);
  });

  it('keeps a draft\'s empty number as null, as the file says', () => {
    const seed = read(site.dir, dataPath('duong-day-nong-2026-05'));
    expect(seed.number).toEqual({ sequence: null, symbol: 'TB-NV' });
  });

  it('lists every notice in the index, newest first, with working addresses', () => {
    const index = read(site.dir, DATA_INDEX_PATH);
    const expected = [...site.notices].sort(byNewest).map((n) => n.slug);
    expect(index.notices.map((x: { slug: string }) => x.slug)).toEqual(expected);
    for (const entry of index.notices) {
      expect(entry.page).toBe(`${SITE_URL}/${noticePath(entry.slug)}`);
      expect(entry.data).toBe(`${SITE_URL}/${dataPath(entry.slug)}`);
      expect(existsSync(path.join(site.dir, dataPath(entry.slug)))).toBe(true);
    }
  });

  it.each(site.notices.map((n) => ({ slug: n.slug })))('the page of $slug links to its data', ({ slug }) => {
    const html = readFileSync(path.join(site.dir, noticePath(slug), 'index.html'), 'utf8');
    expect(html).toMatch(new RegExp(`<a href="/${dataPath(slug).replace(/\./g, '\\.')}">Dữ liệu mở \\(JSON\\)</a>`));
  });
});
