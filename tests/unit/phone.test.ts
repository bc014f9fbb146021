import { describe, expect, it } from 'vitest';
import { telHref, e164, isShortNumber, isValidDisplayPhone } from '../../src/lib/phone.ts';

describe('tel: links from numbers as printed', () => {
  it.each([
    ['0934.336.639', 'tel:+84934336639'],
    ['0969.661.341', 'tel:+84969661341'],
    ['0934 336 639', 'tel:+84934336639'],
    ['+84 934 336 639', 'tel:+84934336639'],
    ['0225.3842.689', 'tel:+842253842689'],
  ])('%s → %s', (display, href) => {
    expect(telHref(display)).toBe(href);
  });

  it('dials short service numbers as written', () => {
    expect(telHref('1022')).toBe('tel:1022');
    expect(telHref('113')).toBe('tel:113');
    expect(isShortNumber('1022')).toBe(true);
    expect(e164('1022')).toBeNull();
  });

  it('gives E.164 for vCards and structured data', () => {
    expect(e164('0934.336.639')).toBe('+84934336639');
  });

  it.each(['0934.336', '09343366391234', '0934.336.63x', '', 'javascript:alert(1)', '0000.000.000'])('refuses %j', (bad) => {
    expect(isValidDisplayPhone(bad)).toBe(false);
    expect(telHref(bad)).toBeNull();
  });
});
