/**
 * What the search index of a built site holds, read back from Pagefind's own files: one
 * record per notice, whose text with its đ put back (as the search page does for the
 * excerpt) is exactly the notice's search text, so an excerpt can never show a misspelt
 * word; and no second copy of the text in the record's metadata, which Pagefind would
 * index again (bench/README.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { noticeSearchText } from '../../src/lib/search-record.ts';
import { D_STROKE_META, restoreDStroke } from '../../src/lib/search-text.ts';
import { noticePath, withBase } from '../../src/lib/urls.ts';
import { SITES } from '../data/notices.ts';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/** Pagefind's fragment files: gzip of "pagefind_dcd" followed by the record as JSON. */
function fragments(site: string): Fragment[] {
  const dir = path.join(site, 'pagefind/fragment');
  return readdirSync(dir).map((f) => {
    const raw = gunzipSync(readFileSync(path.join(dir, f)));
    expect(raw.subarray(0, 12).toString()).toBe('pagefind_dcd');
    return JSON.parse(raw.subarray(12).toString('utf8')) as Fragment;
  });
}

describe.each(SITES)('the search index of $name', ({ dir, notices }) => {
  const records = fragments(dir);

  it('has one record per notice', () => {
    expect(records.map((r) => r.url).sort()).toEqual(notices.map((n) => withBase('/', noticePath(n.slug))).sort());
  });

  it.each(notices.map((n) => [n.slug, n] as const))('%s: the text comes back letter for letter, đ included', (_slug, n) => {
    const r = records.find((x) => x.url === withBase('/', noticePath(n.slug)))!;
    const text = noticeSearchText(n.data);
    expect(r.content).not.toMatch(/[đĐ]/);
    expect(restoreDStroke(r.content, r.meta[D_STROKE_META] ?? '')).toBe(text);
    // Only the title and the marks: the text itself is never in the metadata a second time.
    expect(Object.keys(r.meta).sort()).toEqual(text.match(/[đĐ]/) ? [D_STROKE_META, 'title'] : ['title']);
    expect(r.meta[D_STROKE_META] ?? '').toMatch(/^[.,]*$/);
  });
});
