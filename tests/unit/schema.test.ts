/**
 * The notice schema: the seed is accepted as it is, and each rule refuses the mistake
 * it exists for. Each case changes one thing in a copy of the seed.
 */
import type { HotlineFile } from '../../src/kinds/hotline/index.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Notice, translationWarnings } from '../../src/schema/notice.ts';
import { validateSource } from '../../src/pipeline/validate.ts';
import { SEED_YAML } from '../support/paths.ts';

const seedSource = readFileSync(SEED_YAML, 'utf8');
const seed = () => structuredClone(parse(seedSource)) as Record<string, any>;

/** The messages zod gives for the data after `change`, keyed by field path. */
function problems(change: (n: Record<string, any>) => void): Record<string, string> {
  const n = seed();
  change(n);
  const r = Notice.safeParse(n);
  if (r.success) return {};
  return Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('the seed notice', () => {
  it('is valid as committed', () => {
    const r = validateSource(SEED_YAML, readFileSync(SEED_YAML));
    expect(r.ok ? [] : r.problems).toEqual([]);
  });

  it('keeps the phone numbers exactly as printed', () => {
    const r = Notice.parse(seed()) as HotlineFile;
    expect(r.hotlines.contacts.map((c) => c.phone)).toEqual(['0934.336.639', '0969.661.341']);
  });

  it('is an unregistered draft: no sequence, month without day', () => {
    const r = Notice.parse(seed());
    expect(r.number.sequence ?? null).toBeNull();
    expect(r.date).toBe('2026-05');
  });
});

describe('strictness', () => {
  it('refuses an unknown key', () => {
    expect(problems((n) => (n.plase = 'Hải Phòng'))).toHaveProperty('', expect.stringContaining('plase'));
  });
  it('refuses an unknown key inside a contact', () => {
    expect(Object.keys(problems((n) => (n.hotlines.contacts[0].fone = '0934.336.639'))))
      .toContain('hotlines.contacts.0');
  });
  it('refuses a missing required field', () => {
    expect(problems((n) => delete n.subject)).toHaveProperty('subject');
  });
  it('refuses empty and blank required text', () => {
    expect(problems((n) => (n.subject = ''))).toHaveProperty('subject', expect.stringContaining('Không được để trống.'));
    expect(problems((n) => (n.signer.name = '   '))).toHaveProperty('signer.name', expect.stringContaining('Không được để trống.'));
  });
  it('refuses a list where a mapping belongs', () => {
    expect(problems((n) => (n.signer = ['GIÁM ĐỐC']))).toHaveProperty('signer');
  });
  it('refuses a hotline section with no contact', () => {
    expect(problems((n) => (n.hotlines.contacts = []))).toHaveProperty('hotlines.contacts');
  });
  it('refuses an absurdly long field', () => {
    expect(problems((n) => (n.subject = 'a'.repeat(1_000_000)))).toHaveProperty('subject');
  });
});

describe('phones', () => {
  it('refuses a bare number and says to quote it', () => {
    expect(problems((n) => (n.hotlines.contacts[0].phone = 934336639))).toHaveProperty(
      'hotlines.contacts.0.phone',
      expect.stringContaining('dấu nháy'),
    );
  });
  it('refuses a number that is not a Vietnamese phone number', () => {
    expect(problems((n) => (n.hotlines.contacts[0].phone = '0934.336'))).toHaveProperty('hotlines.contacts.0.phone');
    expect(problems((n) => (n.hotlines.contacts[0].phone = 'gọi Văn phòng'))).toHaveProperty('hotlines.contacts.0.phone');
  });
  it('accepts a short service number', () => {
    expect(problems((n) => (n.hotlines.contacts[0].phone = '1022'))).toEqual({});
  });
});

describe('links', () => {
  it('refuses a Facebook page that is not https', () => {
    expect(problems((n) => (n.facebook.url = 'http://www.facebook.com/haiphongdofa'))).toHaveProperty('facebook.url');
  });
  it('refuses a Facebook page on another host, including look-alikes', () => {
    expect(problems((n) => (n.facebook.url = 'https://example.com/haiphongdofa'))).toHaveProperty('facebook.url');
    expect(problems((n) => (n.facebook.url = 'https://facebook.com.evil.example/x'))).toHaveProperty('facebook.url');
    expect(problems((n) => (n.facebook.url = 'https://notfacebook.com/x'))).toHaveProperty('facebook.url');
  });
  it('refuses javascript: and text that is not a URL', () => {
    expect(problems((n) => (n.facebook.url = 'javascript:alert(1)'))).toHaveProperty('facebook.url');
    expect(problems((n) => (n.facebook.url = 'trang Facebook của Sở'))).toHaveProperty('facebook.url');
  });
  it('refuses an email that is not an address', () => {
    expect(problems((n) => (n.hotlines.contacts[0].email = 'vanphong@'))).toHaveProperty('hotlines.contacts.0.email');
  });
});

describe('dates and numbers', () => {
  it('accepts a full date and a month-only date', () => {
    expect(problems((n) => (n.date = '2026-05-15'))).toEqual({});
    expect(problems((n) => (n.date = '2026-05'))).toEqual({});
  });
  it('refuses an impossible date', () => {
    expect(problems((n) => (n.date = '2026-02-30'))).toHaveProperty('date', expect.stringContaining('không có trên lịch'));
    expect(problems((n) => (n.date = '2026-13'))).toHaveProperty('date');
  });
  it('refuses a date written another way', () => {
    expect(problems((n) => (n.date = '15/05/2026'))).toHaveProperty('date');
  });
  it('refuses a symbol with spaces or lower case', () => {
    expect(problems((n) => (n.number.symbol = 'TB - NV'))).toHaveProperty('number.symbol');
    expect(problems((n) => (n.number.symbol = 'tb-nv'))).toHaveProperty('number.symbol');
  });
  it('accepts a registered number and refuses zero', () => {
    expect(problems((n) => (n.number.sequence = 12))).toEqual({});
    expect(problems((n) => (n.number.sequence = 0))).toHaveProperty('number.sequence');
  });
});

describe('the text of the notice', () => {
  it('requires the closing sentence to end with "./."', () => {
    expect(problems((n) => (n.closing = 'Sở Ngoại vụ trân trọng thông báo.'))).toHaveProperty('closing');
  });
  it('requires a cited document number to appear in its paragraph', () => {
    expect(problems((n) => (n.opening[0].cites[0].number = '1314/QĐ-UBND'))).toHaveProperty('opening.0.cites.0.number');
  });
  it('requires who is responsible to be named in the responsibility', () => {
    expect(problems((n) => (n.responsibilities.items[2].who = 'Thanh tra Sở'))).toHaveProperty('responsibilities.items.2.who');
  });
  it('requires authority and the post it acts for to come together', () => {
    expect(problems((n) => (n.signer.authority = 'KT.'))).toHaveProperty('signer.onBehalfOf');
    const signedFor = (n: Record<string, any>) => Object.assign(n.signer, { authority: 'KT.', onBehalfOf: 'GIÁM ĐỐC', post: 'PHÓ GIÁM ĐỐC' });
    // A translation without the post acted for is not a refusal: the English page shows it in
    // Vietnamese, and staff are warned.
    expect(problems(signedFor)).toEqual({});
    const warned = seed();
    signedFor(warned);
    expect(translationWarnings(Notice.parse(warned)).map((w) => [w.path.join('.'), w.message])).toEqual([
      ['translations.en.signer', 'Bản gốc ký thay, ký thừa lệnh… (có "onBehalfOf") mà bản dịch tiếng Anh (en) chưa có: trang dịch hiện chức vụ người đứng đầu bằng tiếng Việt. Hãy thêm "onBehalfOf:" với chức vụ đã dịch.'],
    ]);
    expect(problems((n) => (signedFor(n), (n.translations.en.signer = { onBehalfOf: 'DIRECTOR', post: 'DEPUTY DIRECTOR' })))).toEqual({});
  });
});
