/**
 * The search index is part of the build: the search-index integration writes it from the
 * build's own validated notices, and any failure stops the build before the new site goes
 * live. The happy path is the real builds of the test sites; the failures of the step
 * itself are here, through its function.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchIndexError, writeSearchIndex } from '../../src/outputs/search-index.ts';
import { BASE_DIST, CONTENT, FIXTURE_DIST, FIXTURE_NOTICE_FILES, SEARCH_DIST } from '../support/paths.ts';

const record = { url: '/thong-bao/x/', content: 'Duong day nong', language: 'vi', meta: { title: 'x' }, filters: {} };

describe('the search index step', () => {
  it('fails when the site folder does not exist', async () => {
    await expect(writeSearchIndex(path.join(tmpdir(), 'khong-co-thu-muc-nay'), [record])).rejects.toThrow(SearchIndexError);
  });

  it('fails when there is nothing to index', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'site-'));
    try {
      await expect(writeSearchIndex(empty, [])).rejects.toThrow(/không có thông báo nào/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  const count = FIXTURE_NOTICE_FILES.length + readdirSync(path.join(CONTENT, 'notices')).length;
  it.each([
    ['the search site', SEARCH_DIST, 2],
    ['the fixture site', FIXTURE_DIST, count],
    ['the sub-folder site', BASE_DIST, count],
  ])('wrote an index of every notice, and of the directory, into %s, one per language', (_name, dir, n) => {
    const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'vi']);
    expect(entry.languages.vi.page_count).toBe(n + 1);
    expect(entry.languages.en.page_count).toBe(n + 1);
  });
});
