import { describe, expect, it } from 'vitest';
import { feedOptions } from '../../src/outputs/feed.ts';
import { SEED_YAML, FIXTURE_NOTICES } from '../support/paths.ts';
import { modelOf } from '../support/views.ts';

const second = `${FIXTURE_NOTICES}/thu-nghiem-lich-tiep-cong-dan-2026-06.yaml`;

describe('feed entries', () => {
  const model = modelOf([SEED_YAML, second], { site: 'https://example.github.io', base: '/sub/' });
  const opts = feedOptions(model);
  const items = opts.items as { link: string; pubDate?: Date }[];

  it('date a notice at midnight in Hải Phòng, and a month-only draft at midnight on the first of its month', () => {
    expect(items.find((i) => i.link.includes('thu-nghiem'))?.pubDate?.toISOString()).toBe('2026-02-04T17:00:00.000Z');
    // The seed, a draft of "2026-05": 1 May 2026, 00:00 in Hải Phòng, the date its PDF carries too.
    expect(items.find((i) => i.link.includes('duong-day-nong'))?.pubDate?.toISOString()).toBe('2026-04-30T17:00:00.000Z');
  });

  it('list newest first with absolute links under the base path', () => {
    expect(items.map((i) => i.link)).toEqual([
      'https://example.github.io/sub/thong-bao/duong-day-nong-2026-05/',
      'https://example.github.io/sub/thong-bao/thu-nghiem-lich-tiep-cong-dan-2026-06/',
    ]);
    expect(opts.site).toBe('https://example.github.io/sub/');
    expect(opts.customData).toContain('href="https://example.github.io/sub/rss.xml"');
  });

  it('date the channel by its newest item, not by the clock', () => {
    expect(opts.customData).toContain('<pubDate>Thu, 30 Apr 2026 17:00:00 GMT</pubDate>');
    expect(opts.customData).toContain('<lastBuildDate>Thu, 30 Apr 2026 17:00:00 GMT</lastBuildDate>');
  });

  it('date a channel whose only notice is a month-dated draft (the published site today) by that draft', () => {
    const only = feedOptions(modelOf([SEED_YAML]));
    expect(only.customData).toContain('<pubDate>Thu, 30 Apr 2026 17:00:00 GMT</pubDate>');
    expect(only.customData).toContain('<lastBuildDate>Thu, 30 Apr 2026 17:00:00 GMT</lastBuildDate>');
    expect((only.items as { pubDate?: Date }[]).every((i) => i.pubDate instanceof Date)).toBe(true);
  });
});
