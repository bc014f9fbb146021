import { describe, expect, it } from 'vitest';
import { parseNoticeDate, formatDecreeDate, formatLocalDate, formatShortDate, isoDate } from '../../src/lib/dates.ts';

const fmt = (s: string) => formatDecreeDate(parseNoticeDate(s)!, '___');

describe('dates as Decree 30 writes them', () => {
  it('puts a leading zero on days below 10 and on months 1 and 2', () => {
    expect(fmt('2026-02-05')).toBe('ngày 05 tháng 02 năm 2026');
    expect(fmt('2026-01-05')).toBe('ngày 05 tháng 01 năm 2026');
  });
  it('writes months from 3 without a leading zero', () => {
    expect(fmt('2026-06-29')).toBe('ngày 29 tháng 6 năm 2026');
    expect(fmt('2026-12-31')).toBe('ngày 31 tháng 12 năm 2026');
  });
  it('leaves the day blank for a draft', () => {
    expect(fmt('2026-05')).toBe('ngày ___ tháng 5 năm 2026');
  });
  it('refuses dates that are not on the calendar', () => {
    expect(parseNoticeDate('2026-02-29')).toBeNull();
    expect(parseNoticeDate('2028-02-29')).not.toBeNull();
    expect(parseNoticeDate('2026-04-31')).toBeNull();
    expect(parseNoticeDate('2026-00')).toBeNull();
    expect(parseNoticeDate('2026-5-1')).toBeNull();
  });
  it('gives short and ISO forms for lists and <time>', () => {
    expect(formatShortDate(parseNoticeDate('2026-02-05')!)).toBe('05/02/2026');
    expect(formatShortDate(parseNoticeDate('2026-05')!)).toBe('tháng 5/2026');
    expect(isoDate(parseNoticeDate('2026-05')!)).toBe('2026-05');
  });
});

describe('dates in other languages, as Intl writes them', () => {
  it('writes English as Vietnamese government translations do: day, month name, year', () => {
    expect(formatLocalDate(parseNoticeDate('2026-04-10')!, 'en-GB')).toBe('10 April 2026');
    expect(formatLocalDate(parseNoticeDate('2026-05')!, 'en-GB')).toBe('May 2026');
  });
  it('needs no code for another language: its locale in its strings file is enough', () => {
    expect(formatLocalDate(parseNoticeDate('2026-04-10')!, 'ko-KR')).toBe('2026년 4월 10일');
    expect(formatLocalDate(parseNoticeDate('2026-05')!, 'ja-JP')).toBe('2026年5月');
  });
});
