/** The folding behind "duong" → "đường": same length, so excerpts can be cut from the original. */
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/lib/search-text.ts';

describe('fold', () => {
  it('turns Vietnamese letters into plain Latin ones, đ/Đ included', () => {
    expect(fold('Đỗ Quang Minh, số 15 đường Trần Quang Khải')).toBe('do quang minh, so 15 duong tran quang khai');
    expect(fold('ƯỚC ĐỊNH ơ ư ă â ê ô')).toBe('uoc dinh o u a a e o');
  });

  it('keeps the length of the text, character for character', () => {
    for (const s of ['Số điện thoại: 0934.336.639', '“Công sở thân thiện” 1413/QĐ-UBND', 'emoji 😀 và ký tự ghép']) {
      expect(fold(s)).toHaveLength(s.length);
    }
  });
});
