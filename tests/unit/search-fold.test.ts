/**
 * The folding behind "duong" → "đường": the query folded entirely, the indexed text with
 * đ written d, and the đ put back for the excerpt residents read.
 */
import { describe, expect, it } from 'vitest';
import { dStrokeMarks, fold, restoreDStroke, withoutDStroke } from '../../src/lib/search-text.ts';

describe('fold', () => {
  it('turns Vietnamese letters into plain Latin ones, đ/Đ included', () => {
    expect(fold('Đỗ Quang Minh, số 15 đường Trần Quang Khải')).toBe('do quang minh, so 15 duong tran quang khai');
    expect(fold('ƯỚC ĐỊNH ơ ư ă â ê ô')).toBe('uoc dinh o u a a e o');
  });

  it('keeps Korean, Japanese and Chinese letters whole (a Hangul syllable is not its first jamo)', () => {
    expect(fold('핫라인 전화 0934.336.639')).toBe('핫라인 전화 0934.336.639');
    expect(fold('ホットライン 热线')).toBe('ホットライン 热线');
    expect(fold('HOTLINE Trần')).toBe('hotline tran');
  });

  it('keeps the length of the text, character for character', () => {
    for (const s of ['Số điện thoại: 0934.336.639', '“Công sở thân thiện” 1413/QĐ-UBND', 'emoji 😀 và ký tự ghép']) {
      expect(fold(s)).toHaveLength(s.length);
    }
  });
});

describe('the đ in the index and back', () => {
  const texts = [
    'Đỗ Quang Minh, số 15 đường Trần Quang Khải, ĐT: 0934.336.639',
    'Địa chỉ: Đường Điện Biên Phủ, quận Hồng Bàng; đề nghị dừng đỗ xe đúng chỗ. DỮ LIỆU đđĐĐdD',
    'không có chữ nào như vậy ở đây',
    'Sở Ngoại vụ',
    '',
  ];

  it('writes đ/Đ as d/D and changes nothing else', () => {
    expect(withoutDStroke('Đỗ đường Dân dụng')).toBe('Dỗ dường Dân dụng');
    for (const t of texts) expect(withoutDStroke(t)).toHaveLength(t.length);
  });

  it('marks with punctuation only, so the index finds no word in the marks', () => {
    for (const t of texts) expect(dStrokeMarks(t)).toMatch(/^[.,]*$/);
    expect(dStrokeMarks('Sở Ngoại vụ')).toBe('');
    expect(dStrokeMarks('dân đi dạo')).toBe('.,');
  });

  it('gives back the original text, every đ/Đ where it was', () => {
    for (const t of texts) expect(restoreDStroke(withoutDStroke(t), dStrokeMarks(t))).toBe(t);
  });
});
