import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { escapeComponent, escapeText, foldLine, contactVCard, quoteParam } from '../../src/outputs/vcard.ts';
import { SEED_YAML } from '../support/paths.ts';
import { viewOf } from '../support/views.ts';

const unfold = (s: string) => s.replace(/\r\n /g, '');

describe('vCard text escaping (RFC 6350 §3.4)', () => {
  it('escapes backslash, comma and line breaks in text; semicolons only in components', () => {
    expect(escapeText('a\\b,c;d\ne\r\nf')).toBe('a\\\\b\\,c;d\\ne\\nf');
    expect(escapeComponent('a\\b,c;d\ne')).toBe('a\\\\b\\,c\\;d\\ne');
  });
  it('caret-escapes parameter values (RFC 6868)', () => {
    expect(quoteParam('nhà "A"\n^')).toBe(`"nhà ^'A^'^n^^"`);
  });
});

describe('folding at 75 octets', () => {
  const line = `NOTE:${'Thời gian tiếp nhận thông tin phản ánh, kiến nghị. '.repeat(6)}`;
  const folded = foldLine(line);
  it('keeps every physical line within 75 octets', () => {
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
  });
  it('never splits a character, and unfolds to the original', () => {
    expect(folded).not.toContain('\uFFFD');
    expect(Buffer.from(folded, 'utf8').toString('utf8')).toBe(folded);
    expect(unfold(folded)).toBe(line);
  });
  it('leaves short lines alone', () => {
    expect(foldLine('VERSION:4.0')).toBe('VERSION:4.0');
  });
});

describe('a hotline vCard', () => {
  const seed = viewOf(SEED_YAML, { site: 'https://example.test' });
  const text = contactVCard(seed, 0, 'https://example.test/thong-bao/x/lien-he-1.vcf');
  const card = new ICAL.Component(ICAL.parse(text) as unknown[]);

  it('uses CRLF line ends only', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
  it('reads back with the name, number, post and organisation', () => {
    expect(card.getFirstPropertyValue('version')).toBe('4.0');
    expect(card.getFirstPropertyValue('fn')).toBe('Đỗ Quang Minh');
    expect(card.getFirstPropertyValue('tel')).toBe('tel:+84934336639');
    expect(card.getFirstProperty('tel')?.getParameter('type')).toContain('cell');
    expect(card.getFirstPropertyValue('title')).toBe('Chánh Văn phòng Sở Ngoại vụ');
    expect(card.getFirstPropertyValue('org')).toBe('Sở Ngoại vụ thành phố Hải Phòng');
    expect(card.getFirstPropertyValue('note')).toContain('Trong giờ hành chính');
  });
  it('writes N family name first, honorific as prefix', () => {
    expect(card.getFirstPropertyValue('n')).toEqual(['Đỗ', 'Minh', 'Quang', 'Ông', '']);
  });
  it('refuses a hotline that does not exist', () => {
    expect(() => contactVCard(seed, 5, '')).toThrow();
  });
});
