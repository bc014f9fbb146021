import { describe, expect, it } from 'vitest';
import { feedOptions, publicationDate } from '../../src/lib/feed.ts';
import { validateFile } from '../../src/lib/validate.ts';
import { SEED_YAML, FIXTURE_NOTICES } from '../support/paths.ts';

const load = (file: string) => {
  const r = validateFile(file);
  if (!r.ok) throw new Error(`${file} is invalid`);
  return { id: r.slug, data: r.data };
};
const seed = load(SEED_YAML);
const second = load(`${FIXTURE_NOTICES}/thu-nghiem-lich-tiep-cong-dan-2026-06.yaml`);

describe('feed entries', () => {
  it('date a notice at midnight in Hải Phòng, and a month-only draft not at all', () => {
    expect(publicationDate(second.data)?.toISOString()).toBe('2026-02-04T17:00:00.000Z');
    expect(publicationDate(seed.data)).toBeNull();
  });

  it('list newest first with absolute links under the base path', () => {
    const opts = feedOptions([second, seed], 'https://example.github.io', '/sub/');
    const items = opts.items as { link: string; pubDate?: Date }[];
    expect(items.map((i) => i.link)).toEqual([
      'https://example.github.io/sub/thong-bao/duong-day-nong-2026-05/',
      'https://example.github.io/sub/thong-bao/thu-nghiem-lich-tiep-cong-dan-2026-06/',
    ]);
    expect('pubDate' in items[0]).toBe(false);
    expect(opts.site).toBe('https://example.github.io/sub/');
    expect(opts.customData).toContain('href="https://example.github.io/sub/rss.xml"');
  });
});
