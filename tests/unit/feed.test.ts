import { describe, expect, it } from 'vitest';
import { feedOptions } from '../../src/outputs/feed.ts';
import { SEED_YAML, FIXTURE_NOTICES } from '../support/paths.ts';
import { modelOf } from '../support/views.ts';

const second = `${FIXTURE_NOTICES}/thu-nghiem-lich-tiep-cong-dan-2026-06.yaml`;

describe('feed entries', () => {
  const model = modelOf([SEED_YAML, second], { site: 'https://example.github.io', base: '/sub/' });
  const opts = feedOptions(model);
  const items = opts.items as { link: string; pubDate?: Date }[];

  it('date a notice at midnight in Hải Phòng, and a month-only draft not at all', () => {
    expect(items.find((i) => i.link.includes('thu-nghiem'))?.pubDate?.toISOString()).toBe('2026-02-04T17:00:00.000Z');
    expect('pubDate' in items.find((i) => i.link.includes('duong-day-nong'))!).toBe(false);
  });

  it('list newest first with absolute links under the base path', () => {
    expect(items.map((i) => i.link)).toEqual([
      'https://example.github.io/sub/thong-bao/duong-day-nong-2026-05/',
      'https://example.github.io/sub/thong-bao/thu-nghiem-lich-tiep-cong-dan-2026-06/',
    ]);
    expect(opts.site).toBe('https://example.github.io/sub/');
    expect(opts.customData).toContain('href="https://example.github.io/sub/rss.xml"');
  });

  it('date the channel by its newest dated notice, not by the clock', () => {
    expect(opts.customData).toContain('<pubDate>Wed, 04 Feb 2026 17:00:00 GMT</pubDate>');
    expect(opts.customData).toContain('<lastBuildDate>Wed, 04 Feb 2026 17:00:00 GMT</lastBuildDate>');
  });

  it('give a channel with only month-dated drafts no date rather than invent one', () => {
    expect(feedOptions(modelOf([SEED_YAML])).customData).not.toMatch(/pubDate|lastBuildDate/);
  });
});
