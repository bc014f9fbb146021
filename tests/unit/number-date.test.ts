/**
 * The number and date lines as the decree writes them (R7, R10), from the view model the
 * page and the paper both read: leading zeros, and blanks in an unregistered draft.
 */
import { describe, expect, it } from 'vitest';
import { buildNoticeView } from '../../src/model/notice.ts';
import { translator } from '../../src/i18n/index.ts';
import { links } from '../../src/lib/urls.ts';
import type { Notice } from '../../src/schema/notice.ts';
import { SEED_YAML } from '../support/paths.ts';
import { viewOf } from '../support/views.ts';

const seed = viewOf(SEED_YAML).notice;
const header = (sequence: number | null, date: string) =>
  buildNoticeView('x', { ...seed, number: { sequence, symbol: 'TB-NV' }, date } as Notice, translator('vi'), links('https://example.test', '/')).document.header;

describe('"Số" and the date line', () => {
  it('puts a leading zero on numbers below 10, none above', () => {
    expect(header(5, '2026-02-05').number).toBe('Số: 05/TB-NV');
    expect(header(12, '2026-02-05').number).toBe('Số: 12/TB-NV');
    expect(header(123, '2026-02-05').number).toBe('Số: 123/TB-NV');
  });

  it('leaves the number of a draft blank: "Số:    /TB-NV"', () => {
    const line = header(null, '2026-05').number;
    expect(line).toMatch(/^Số: \s+\/TB-NV$/);
    expect(line.replace(/\s+/g, ' ')).toBe('Số: /TB-NV');
  });

  it('writes days 1–9 and months 1–2 with a leading zero', () => {
    expect(header(5, '2026-02-05').placeDate).toBe('Hải Phòng, ngày 05 tháng 02 năm 2026');
    expect(header(5, '2026-01-09').placeDate).toBe('Hải Phòng, ngày 09 tháng 01 năm 2026');
    expect(header(5, '2026-06-29').placeDate).toBe('Hải Phòng, ngày 29 tháng 6 năm 2026');
  });

  it('leaves the day of a draft blank: "ngày    tháng 5 năm 2026"', () => {
    expect(header(null, '2026-05').placeDate).toMatch(/^Hải Phòng, ngày \s+ tháng 5 năm 2026$/);
  });
});
