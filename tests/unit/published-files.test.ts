/**
 * The list of published files behind the check page (src/outputs/published-files.ts): which
 * files of which notice, in which order, what its open data says, and how the page's
 * hashes are filled in. Built from fixture notices as the build builds its models, with
 * made-up hashes: no built site needed.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateAll } from '../../src/pipeline/validate.ts';
import { buildSiteModels, type SiteModel } from '../../src/model/site.ts';
import { FILE_END, HASH, NOTICE_END, NOTICE_START, PublishedFileIndex, fileStart, fillFileHashes, publishedFileIndex, publishedFiles, type FileHash } from '../../src/outputs/published-files.ts';
import type { CheckedOriginal } from '../../src/pipeline/validation/types.ts';
import { CHAIN, chainFile } from '../support/chain.ts';
import { SEED_SLUG, SEED_YAML, SITE_URL } from '../support/paths.ts';
import { siteConfig } from '../support/views.ts';

const hashOf = (p: string): FileHash => ({ sha256: [...p].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7).toString(16).padStart(64, '0'), bytes: p.length });

/** The seed (translated into English), the chain of replacements; the replaced notice with a scanned original. */
function models(): SiteModel[] {
  const { notices, problems } = validateAll([SEED_YAML, ...Object.values(CHAIN).map(chainFile)]);
  expect(problems).toEqual([]);
  const scan: CheckedOriginal = { file: 'ban-quet/04-TB-SDL.pdf', path: path.join('/nowhere', '04-TB-SDL.pdf'), bytes: 1234, sha256: 'a'.repeat(64), digitalSignature: false, signatures: [] };
  const entries = notices.map((n) => ({ slug: n.slug, data: n.data, ...(n.slug === CHAIN.replaced ? { original: scan } : {}) }));
  return buildSiteModels(siteConfig(), entries, SITE_URL, '/');
}

describe('the files the site publishes', () => {
  const ms = models();
  const files = publishedFiles(ms[0]!);

  it('lists, notice by notice (newest first), the original, the PDF of each language that has the text, and the vCards of each language', () => {
    const slugs = [...new Set(files.map((f) => f.slug))];
    expect(slugs).toEqual(ms[0]!.notices.map((v) => v.slug));
    const hotlines = ms[0]!.bySlug.get(SEED_SLUG)!.contacts.map((_, i) => i + 1);
    expect(hotlines.length).toBeGreaterThan(1);
    expect(files.filter((f) => f.slug === SEED_SLUG).map((f) => [f.kind, f.lang, f.path])).toEqual([
      ['generated-pdf', 'vi', `thong-bao/${SEED_SLUG}/${SEED_SLUG}.pdf`],
      ['generated-pdf', 'en', `en/thong-bao/${SEED_SLUG}/${SEED_SLUG}.pdf`],
      ...hotlines.map((n) => ['vcard', 'vi', `thong-bao/${SEED_SLUG}/lien-he-${n}.vcf`]),
      ...hotlines.map((n) => ['vcard', 'en', `en/thong-bao/${SEED_SLUG}/lien-he-${n}.vcf`]),
    ]);
  });

  it('uses the very paths the views publish (PDFs and vCards in every language)', () => {
    const fromViews = ms.flatMap((m) => m.notices.flatMap((v) => [...(v.pdf ? [v.pdf.path] : []), ...v.contacts.map((c) => c.vcardPath)]));
    expect(files.filter((f) => f.kind !== 'scanned-original').map((f) => f.path).sort()).toEqual(fromViews.sort());
  });

  it('keeps a replaced notice: its original and PDF, not the vCards it no longer offers', () => {
    expect(files.filter((f) => f.slug === CHAIN.replaced).map((f) => [f.kind, f.lang])).toEqual([
      ['scanned-original', 'vi'],
      ['generated-pdf', 'vi'],
    ]);
  });

  it('gives open data that its JSON Schema accepts, each file with its notice and state; a file without a hash (no PDF printed) is left out', () => {
    const hashes = new Map(files.filter((f) => f.kind !== 'generated-pdf').map((f) => [f.path, hashOf(f.path)]));
    const index = publishedFileIndex(ms[0]!, files, hashes);
    expect(PublishedFileIndex.parse(index)).toEqual(index);
    expect(index.files.map((f) => f.kind)).not.toContain('generated-pdf');
    expect(index.files).toHaveLength(hashes.size);
    const replaced = index.files.find((f) => f.notice.slug === CHAIN.replaced)!;
    expect(replaced).toEqual({
      sha256: hashOf(`thong-bao/${CHAIN.replaced}/${CHAIN.replaced}-ban-goc.pdf`).sha256,
      bytes: hashOf(`thong-bao/${CHAIN.replaced}/${CHAIN.replaced}-ban-goc.pdf`).bytes,
      url: `${SITE_URL}/thong-bao/${CHAIN.replaced}/${CHAIN.replaced}-ban-goc.pdf`,
      kind: 'scanned-original',
      lang: 'vi',
      notice: {
        slug: CHAIN.replaced,
        page: `${SITE_URL}/thong-bao/${CHAIN.replaced}/`,
        data: `${SITE_URL}/du-lieu/thong-bao/${CHAIN.replaced}.json`,
        state: 'replaced',
        replacedBy: CHAIN.replacement,
      },
    });
    expect(index.$schema).toBe(`${SITE_URL}/du-lieu/luoc-do/tep-da-cong-bo.schema.json`);
  });

  it('is the same for the same content (the order is the notices\', not the file system\'s)', () => {
    const all = new Map(files.map((f) => [f.path, hashOf(f.path)]));
    expect(JSON.stringify(publishedFileIndex(models()[0]!, publishedFiles(models()[0]!), all))).toBe(JSON.stringify(publishedFileIndex(ms[0]!, files, all)));
  });
});

describe('filling the hashes into the check page', () => {
  const item = (p: string) => `${fileStart(p)}<li>${p} <code>${HASH}</code></li>${FILE_END}`;
  const page = `<main>${NOTICE_START}<section>A<ul>${item('a.pdf')}${item('en/a.pdf')}</ul></section>${NOTICE_END}${NOTICE_START}<section>B<ul>${item('b.pdf')}</ul></section>${NOTICE_END}</main>`;

  it('writes each hash in its item and leaves no marker', () => {
    const out = fillFileHashes(page, new Map([['a.pdf', '1'.repeat(64)], ['en/a.pdf', '2'.repeat(64)], ['b.pdf', '3'.repeat(64)]]));
    expect(out).toBe(`<main><section>A<ul><li>a.pdf <code>${'1'.repeat(64)}</code></li><li>en/a.pdf <code>${'2'.repeat(64)}</code></li></ul></section><section>B<ul><li>b.pdf <code>${'3'.repeat(64)}</code></li></ul></section></main>`);
  });

  it('removes the item of a file not published, and a notice left with none', () => {
    const out = fillFileHashes(page, new Map([['a.pdf', '1'.repeat(64)]]));
    expect(out).toBe(`<main><section>A<ul><li>a.pdf <code>${'1'.repeat(64)}</code></li></ul></section></main>`);
  });

  it('refuses an item with nowhere to write its hash', () => {
    expect(() => fillFileHashes(`${NOTICE_START}${fileStart('a.pdf')}<li>a</li>${FILE_END}${NOTICE_END}`, new Map())).toThrow(/a\.pdf/);
  });
});
