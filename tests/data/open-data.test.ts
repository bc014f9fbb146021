/**
 * Open data: each notice's JSON file holds exactly the data the project's validator
 * accepted from its YAML file; the index lists every notice, newest first; the notice
 * page links to its file.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { DATA_INDEX_PATH, DATA_INDEX_SCHEMA_PATH, DATA_SCHEMA_PATH, dataPath, noticePath } from '../../src/lib/urls.ts';
import { SITES, SITE_URL } from './notices.ts';

const read = (dir: string, p: string) => JSON.parse(readFileSync(path.join(dir, p), 'utf8'));

describe.each(SITES)('open data of $name', (site) => {
  it.each(site.notices.map((n) => ({ slug: n.slug, n })))('$slug.json holds the validated YAML exactly, and its status', ({ n }) => {
    const file = read(site.dir, dataPath(n.slug));
    expect(file.notice).toEqual(n.data);
    expect(file.url).toBe(`${SITE_URL}/${noticePath(n.slug)}`);
    expect(file.status).toBe(n.data.number.sequence != null && n.data.date.length === 10 ? 'issued' : 'draft');
    expect(file.$schema).toBe(`${SITE_URL}/du-lieu/luoc-do/thong-bao.schema.json`);
  });

  it('keeps a draft\'s empty number as null, as the file says', () => {
    const seed = read(site.dir, dataPath('duong-day-nong-2026-05'));
    expect(seed.notice.number).toEqual({ sequence: null, symbol: 'TB-NV' });
  });

  it('lists every notice in the index, newest first, with working addresses', () => {
    const index = read(site.dir, DATA_INDEX_PATH);
    const expected = [...site.notices].sort((a, b) => (b.data.date.padEnd(10, '~') > a.data.date.padEnd(10, '~') ? 1 : -1)).map((n) => n.slug);
    expect(index.notices.map((x: { slug: string }) => x.slug)).toEqual(expected);
    for (const entry of index.notices) {
      expect(entry.page).toBe(`${SITE_URL}/${noticePath(entry.slug)}`);
      expect(entry.data).toBe(`${SITE_URL}/${dataPath(entry.slug)}`);
      expect(existsSync(path.join(site.dir, dataPath(entry.slug)))).toBe(true);
    }
  });

  it('names a published JSON Schema in every file, and every file is valid by it', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const noticeSchema = read(site.dir, DATA_SCHEMA_PATH);
    const indexSchema = read(site.dir, DATA_INDEX_SCHEMA_PATH);
    expect(noticeSchema.$id).toBe(`${SITE_URL}/${DATA_SCHEMA_PATH}`);
    const checkNotice = ajv.compile(noticeSchema);
    const checkIndex = ajv.compile(indexSchema);
    const index = read(site.dir, DATA_INDEX_PATH);
    expect(index.$schema).toBe(indexSchema.$id);
    expect(checkIndex(index), JSON.stringify(checkIndex.errors)).toBe(true);
    for (const n of site.notices) {
      const file = read(site.dir, dataPath(n.slug));
      expect(file.$schema).toBe(noticeSchema.$id);
      expect(checkNotice(file), `${n.slug}: ${JSON.stringify(checkNotice.errors)}`).toBe(true);
    }
    // And the schema can fail: a notice without its subject is not valid by it.
    const broken = read(site.dir, dataPath(site.notices[0]!.slug));
    delete broken.notice.subject;
    expect(checkNotice(broken)).toBe(false);
  });

  it('names each notice’s original: its address, its hash (the published file’s), who signed it', () => {
    const withOriginal = site.notices.filter((n) => n.data.original);
    // The fixture site has a signed original and two scanned ones (one of a replaced notice); the published site none yet.
    expect(withOriginal.length).toBe(site.name === 'dist' ? 0 : 3);
    for (const n of site.notices) {
      const file = read(site.dir, dataPath(n.slug));
      if (!n.data.original) {
        expect(file.original).toBeUndefined();
        continue;
      }
      const bytes = readFileSync(path.join(site.dir, new URL(file.original.url).pathname));
      const hash = createHash('sha256').update(bytes).digest('hex');
      expect(file.original.sha256).toBe(hash);
      expect(file.notice.original.sha256.toLowerCase()).toBe(hash);
      expect(file.original.bytes).toBe(bytes.length);
      expect(file.original.url).toBe(n.view.original!.url);
      expect(file.original.digitalSignature).toBe(n.view.original!.digitalSignature);
      expect(file.original.signatures).toEqual(n.view.original!.signatures.map((s) => ({ role: s.role, name: s.name, issuer: s.issuer, signedAt: s.timeIso })));
    }
  });

  it.each(site.notices.map((n) => ({ slug: n.slug })))('the page of $slug links to its data', ({ slug }) => {
    const html = readFileSync(path.join(site.dir, noticePath(slug), 'index.html'), 'utf8');
    expect(html).toMatch(new RegExp(`<a href="/${dataPath(slug).replace(/\./g, '\\.')}">Dữ liệu mở \\(JSON\\)</a>`));
  });
});
