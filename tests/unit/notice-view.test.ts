/**
 * The view model decides each derived value once, and every output reads it. Here, the
 * decisions themselves: draft or issued, what the status line says, the title for
 * browser tabs and search results, the order of sections.
 */
import { describe, expect, it } from 'vitest';
import { buildNoticeView, shortTitle } from '../../src/model/notice.ts';
import { documentHeadings, documentText } from '../../src/model/document.ts';
import { translator } from '../../src/i18n/index.ts';
import { links } from '../../src/lib/urls.ts';
import type { Notice } from '../../src/schema/notice.ts';
import { SEED_YAML } from '../support/paths.ts';
import { viewOf } from '../support/views.ts';

const seed = viewOf(SEED_YAML).notice;
const view = (change: Partial<Notice>) => buildNoticeView('x', { ...seed, ...change } as Notice, translator('vi'), links('https://example.test', '/'));

describe('draft or issued: one decision', () => {
  it.each([
    [{ number: { sequence: 5, symbol: 'TB-NV' }, date: '2026-05-15' }, true, 'Số: 05/TB-NV'],
    [{ number: { sequence: null, symbol: 'TB-NV' }, date: '2026-05-15' }, false, 'Bản dự thảo: chưa có số'],
    [{ number: { sequence: 5, symbol: 'TB-NV' }, date: '2026-05' }, false, 'Bản dự thảo: chưa có ngày ký (số 05/TB-NV)'],
    [{ number: { sequence: null, symbol: 'TB-NV' }, date: '2026-05' }, false, 'Bản dự thảo: chưa có số và ngày ký'],
  ] as const)('%o → issued %s, "%s"', (change, issued, line) => {
    const v = view(change as Partial<Notice>);
    expect(v.status.issued).toBe(issued);
    expect(v.statusLine).toBe(line);
    // The description says the same thing, never a number for a draft without calling it one.
    expect(v.description).toMatch(issued ? /, Số 05\/TB-NV, / : /, Dự thảo(, số 05\/TB-NV)?, /);
  });

  it('a draft with a number keeps it, but is still called a draft everywhere', () => {
    const v = view({ number: { sequence: 5, symbol: 'TB-NV' }, date: '2026-05' });
    expect(v.identifier).toBe('05/TB-NV');
    expect(v.description).toContain('Dự thảo, số 05/TB-NV');
    expect(v.date.published).toBeNull();
  });
});

describe('the title of a tab or a search result', () => {
  it('keeps a short subject whole', () => {
    expect(shortTitle('Lịch tiếp công dân tháng 6')).toBe('Lịch tiếp công dân tháng 6');
  });
  it('cuts a long one at a word, with "…", within 60 characters', () => {
    const t = shortTitle(seed.subject);
    expect(t.length).toBeLessThanOrEqual(60);
    expect(t.endsWith('…')).toBe(true);
    expect(seed.subject.replace(/\s+/g, ' ').startsWith(t.slice(0, -1))).toBe(true);
    expect(t.slice(0, -1)).not.toMatch(/[\s,]$/);
  });
});

describe('the document text', () => {
  const v = view({});
  it('numbers the sections the notice has, in order, and none it leaves out', () => {
    expect(documentHeadings(v.document).map((h) => h.split('.')[0])).toEqual(['1', '2', '3', '4', '5']);
    const without = view({ facebook: undefined });
    expect(documentHeadings(without.document)[1]).toMatch(/^2\. Thời gian tiếp nhận/);
  });
  it('writes each hotline once, with its number as printed', () => {
    const text = documentText(v.document).join('\n');
    expect(text).toContain('Ông Đỗ Quang Minh, Chánh Văn phòng Sở Ngoại vụ, số điện thoại: 0934.336.639.');
    expect(text.match(/0934\.336\.639/g)).toHaveLength(1);
  });
  it('ends the body with the closing sentence and the archive line after the recipients', () => {
    expect(v.document.body.at(-1)).toEqual({ type: 'paragraph', content: [seed.closing] });
    expect(v.document.recipients.lines.at(-1)).toBe('Lưu: VT.');
  });
});
