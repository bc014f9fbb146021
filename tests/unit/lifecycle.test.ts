/**
 * A notice's life, decided once in the model (src/model/lifecycle.ts) for every output:
 * the fixture chain (an issued notice, its issued replacement, a draft naming that), and
 * the cases a chain can take that the fixtures do not show.
 */
import { describe, expect, it } from 'vitest';
import { noticeFiles } from '../../src/pipeline/validate.ts';
import { lifecycles } from '../../src/model/lifecycle.ts';
import { buildSiteModel } from '../../src/model/site.ts';
import { documentText } from '../../src/model/document.ts';
import type { Notice } from '../../src/schema/notice.ts';
import { CHAIN, CHAIN_BODY, CHAIN_PHONES } from '../support/chain.ts';
import { CONTENT, FIXTURE_NOTICE_FILES, SITE_URL } from '../support/paths.ts';
import { modelOf, siteConfig } from '../support/views.ts';
import path from 'node:path';

const model = modelOf([...noticeFiles(path.join(CONTENT, 'notices')), ...FIXTURE_NOTICE_FILES]);
const view = (slug: string) => model.bySlug.get(slug)!;
const tels = (slug: string) => documentText(view(slug).document).join(' ');

describe('the fixture chain', () => {
  it('the replaced notice: replaced by the replacement, no numbers offered, its text word for word without links', () => {
    const v = view(CHAIN.replaced);
    expect(v.lifecycle).toMatchObject({ state: 'replaced', inForce: false, offersContacts: false, label: 'Đã được thay thế' });
    expect(v.lifecycle.replacedBy).toMatchObject({ slug: CHAIN.replacement, name: 'Thông báo số 11/TB-SDL ngày 16/03/2026' });
    expect(v.lifecycle.inForceNow).toBeUndefined();
    expect(v.contacts).toEqual([]);
    // The numbers are still in the official text, as printed, but nothing links them.
    for (const phone of CHAIN_PHONES.replaced) expect(tels(CHAIN.replaced)).toContain(phone);
    const runs = v.document.body.flatMap((b) => (b.type === 'list' ? b.items.flatMap((i) => i.content) : b.type === 'paragraph' ? b.content : []));
    expect(runs.filter((r) => typeof r !== 'string' && r.href)).toEqual([]);
    // The description (meta, feed) names no number of it, and says what replaced it.
    for (const phone of CHAIN_PHONES.replaced) expect(v.description).not.toContain(phone);
    expect(v.description).toContain('Đã được thay thế bởi Thông báo số 11/TB-SDL ngày 16/03/2026.');
  });

  it('the replacement: in force although a draft names it; says what it replaces', () => {
    const v = view(CHAIN.replacement);
    expect(v.lifecycle).toMatchObject({ state: 'in-force', inForce: true, offersContacts: true, label: 'Đang có hiệu lực' });
    expect(v.lifecycle.replaces.map((r) => r.name)).toEqual(['Thông báo số 04/TB-SDL ngày 12/01/2026']);
    expect(v.contacts.map((c) => c.phone)).toEqual(CHAIN_PHONES.replacement);
    expect(v.description).toContain('Thay thế Thông báo số 04/TB-SDL ngày 12/01/2026. Điện thoại: 0912.000.201, 0912.000.202.');
  });

  it('the draft: not in force, offers no numbers while the notice it names is in force', () => {
    const v = view(CHAIN.draft);
    expect(v.lifecycle).toMatchObject({ state: 'draft', inForce: false, offersContacts: false, label: null });
    expect(v.lifecycle.replaces.map((r) => r.slug)).toEqual([CHAIN.replacement]);
    expect(v.contacts).toEqual([]);
    expect(v.description).toContain('Bản dự thảo, chưa có hiệu lực: Thông báo số 11/TB-SDL ngày 16/03/2026 vẫn có hiệu lực.');
    expect(v.description).not.toContain(CHAIN_PHONES.draft[0]);
  });

  it('a draft that replaces nothing (the seed) keeps offering its numbers, as it does today', () => {
    const seed = view('duong-day-nong-2026-05');
    expect(seed.lifecycle).toMatchObject({ state: 'draft', offersContacts: true });
    expect(seed.contacts.map((c) => c.phone)).toEqual(['0934.336.639', '0969.661.341']);
  });

  it('the directory: grouped by body, the site’s agency first, exactly the numbers offered, none of a replaced notice', () => {
    expect(model.directory.map((g) => g.name)).toEqual(['Sở Ngoại vụ thành phố Hải Phòng', CHAIN_BODY]);
    const chainBody = model.directory[1]!;
    expect(chainBody.contacts.map((h) => h.contact.phone)).toEqual(CHAIN_PHONES.replacement);
    expect(chainBody.places).toHaveLength(1);
    // Every number a notice offers is there: a hotline's among the hotlines, a reception
    // schedule's (to register) with its schedule, unless its period has ended.
    const listed = model.directory
      .flatMap((g) => [...g.contacts.map((h) => `${h.notice.slug} ${h.contact.phone}`), ...g.receptions.flatMap((v) => v.contacts.map((c) => `${v.slug} ${c.phone}`))])
      .sort();
    const offered = model.notices.filter((v) => v.reception?.none !== 'ended').flatMap((v) => v.contacts.map((c) => `${v.slug} ${c.phone}`)).sort();
    expect(listed).toEqual(offered);
    expect(model.directory.flatMap((g) => g.receptions.map((v) => v.slug)).sort()).toEqual(['thu-nghiem-lich-tiep-cong-dan-2026', 'thu-nghiem-lich-tiep-cong-dan-tet-2026']);
  });
});

describe('chains the fixtures do not show', () => {
  const base = view(CHAIN.replaced).notice;
  const notice = (sequence: number | null, date: string, replaces?: string[]): Notice => ({
    ...base,
    number: { sequence, symbol: 'TB-SDL' },
    date,
    ...(replaces ? { replaces } : {}),
  });
  const build = (entries: { slug: string; data: Notice }[]) => buildSiteModel(siteConfig(), entries, SITE_URL, '/');

  it('a chain of three issued notices: the oldest points to its replacement and to the notice in force now', () => {
    const m = build([
      { slug: 'a', data: notice(1, '2026-01-01') },
      { slug: 'b', data: notice(2, '2026-02-01', ['a']) },
      { slug: 'c', data: notice(3, '2026-03-01', ['b']) },
    ]);
    expect(m.bySlug.get('a')!.lifecycle.replacedBy?.slug).toBe('b');
    expect(m.bySlug.get('a')!.lifecycle.inForceNow?.slug).toBe('c');
    expect(m.bySlug.get('b')!.lifecycle.inForceNow).toBeUndefined();
    expect(m.bySlug.get('a')!.description).toContain('Đã được thay thế bởi Thông báo số 03/TB-SDL ngày 01/03/2026.');
    expect(m.notices.filter((v) => v.lifecycle.inForce).map((v) => v.slug)).toEqual(['c']);
  });

  it('a notice replacing two: both are replaced by it', () => {
    const m = build([
      { slug: 'a', data: notice(1, '2026-01-01') },
      { slug: 'b', data: notice(2, '2026-01-02') },
      { slug: 'c', data: notice(3, '2026-03-01', ['a', 'b']) },
    ]);
    expect(['a', 'b'].map((s) => m.bySlug.get(s)!.lifecycle.replacedBy?.slug)).toEqual(['c', 'c']);
    expect(m.bySlug.get('c')!.description).toContain('Thay thế Thông báo số 01/TB-SDL ngày 01/01/2026, Thông báo số 02/TB-SDL ngày 02/01/2026.');
  });

  it('content refused across files (as astro dev still renders it) never loops and ignores unknown names', () => {
    const life = lifecycles([
      { slug: 'a', data: notice(1, '2026-01-01', ['b', 'khong-co']) },
      { slug: 'b', data: notice(2, '2026-01-01', ['a']) },
      { slug: 'c', data: notice(3, '2026-01-01', ['c']) },
    ]);
    expect(life.get('a')!.replaces).toEqual(['b']);
    expect(life.get('c')!.state).toBe('in-force');
    expect([life.get('a')!.state, life.get('b')!.state]).toEqual(['replaced', 'replaced']);
    expect(life.get('a')!.inForceNow).toBeUndefined();
  });
});
