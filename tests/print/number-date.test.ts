/**
 * The number and date lines as the decree writes them (R7, R10), from the same helpers
 * the page and the paper use: leading zeros, and blanks in an unregistered draft.
 */
import { describe, expect, it } from 'vitest';
import { numberLine, placeDateLine } from '../../src/lib/notice-view.ts';
import type { Notice } from '../../src/schema/notice.ts';

const notice = (sequence: number | null, date: string) => ({ number: { sequence, symbol: 'TB-NV' }, place: 'Hải Phòng', date }) as unknown as Notice;

describe('"Số" and the date line', () => {
  it('puts a leading zero on numbers below 10, none above', () => {
    expect(numberLine(notice(5, '2026-02-05'))).toBe('Số: 05/TB-NV');
    expect(numberLine(notice(12, '2026-02-05'))).toBe('Số: 12/TB-NV');
    expect(numberLine(notice(123, '2026-02-05'))).toBe('Số: 123/TB-NV');
  });

  it('leaves the number of a draft blank: "Số:    /TB-NV"', () => {
    const line = numberLine(notice(null, '2026-05'));
    expect(line).toMatch(/^Số: \s+\/TB-NV$/);
    expect(line.replace(/\s+/g, ' ')).toBe('Số: /TB-NV');
  });

  it('writes days 1–9 and months 1–2 with a leading zero', () => {
    expect(placeDateLine(notice(5, '2026-02-05'))).toBe('Hải Phòng, ngày 05 tháng 02 năm 2026');
    expect(placeDateLine(notice(5, '2026-01-09'))).toBe('Hải Phòng, ngày 09 tháng 01 năm 2026');
    expect(placeDateLine(notice(5, '2026-06-29'))).toBe('Hải Phòng, ngày 29 tháng 6 năm 2026');
  });

  it('leaves the day of a draft blank: "ngày    tháng 5 năm 2026"', () => {
    const line = placeDateLine(notice(null, '2026-05'));
    expect(line).toMatch(/^Hải Phòng, ngày \s+ tháng 5 năm 2026$/);
  });
});
