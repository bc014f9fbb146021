/**
 * Vietnamese inside an English (or Korean) page is marked lang="vi" so screen readers
 * pronounce it: names, addresses, quoted terms, untranslated text. English words, numbers
 * and names written without diacritics are left in the page's language.
 */
import { describe, expect, it } from 'vitest';
import { vietnameseRuns } from '../../src/lib/vietnamese-runs.ts';

const marked = (s: string) => vietnameseRuns(s).flatMap((r) => (typeof r === 'string' ? [] : [r.vi]));

describe('Vietnamese runs', () => {
  it.each([
    ['Mr Đỗ Quang Minh', ['Đỗ Quang Minh']],
    ['Ms Trần Lê Thu Hằng', ['Trần Lê Thu Hằng']],
    ['No. 15 Trần Quang Khải Street, Hồng Bàng Ward, Hải Phòng City.', ['Trần Quang Khải', 'Hồng Bàng', 'Hải Phòng']],
    ['recognizing “Công sở thân thiện” status', ['Công sở thân thiện']],
    ['Sở Ngoại vụ thành phố Hải Phòng on Facebook', ['Sở Ngoại vụ thành phố Hải Phòng']],
    ['Tiếng Việt (official)', ['Tiếng Việt']],
    ['Trong giờ hành chính tất cả các ngày làm việc trong tuần.', ['Trong giờ hành chính tất cả các ngày làm việc trong tuần']],
    ['Đỗ Quang Minh 씨에게 전화', ['Đỗ Quang Minh']],
  ])('%s', (text, runs) => {
    expect(marked(text)).toEqual(runs);
  });

  it.each([
    'Decision No. 1413/QĐ-UBND dated 10 April 2026',
    'People’s Committee of Hai Phong City',
    'Deputy Head of the Consular and Overseas Vietnamese Division',
    'Call 0934.336.639',
  ])('leaves "%s" as it is', (text) => {
    expect(vietnameseRuns(text)).toEqual([text]);
  });

  it('gives back the whole text, in order', () => {
    const text = 'Mr Đỗ Quang Minh, Chief of Office, phone: 0934.336.639; “Công sở thân thiện”.';
    expect(vietnameseRuns(text).map((r) => (typeof r === 'string' ? r : r.vi)).join('')).toBe(text);
  });
});

describe('Vietnamese next to markup characters', () => {
  it('marks a word with marks inside it, as a text that quotes markup writes it', () => {
    const runs = vietnameseRuns('Giờ hành chính <i>(trừ ngày lễ)</i>');
    const marked = runs.filter((r): r is { vi: string } => typeof r !== 'string').map((r) => r.vi).join(' ');
    for (const word of ['Giờ', 'chính', 'trừ', 'ngày', 'lễ']) expect(marked).toContain(word);
    expect(vietnameseRuns('Decision No. 1413/QĐ-UBND').filter((r) => typeof r !== 'string')).toEqual([]);
  });
});
