/**
 * Every English page of the fixture site, each loaded once for the layout checks, axe and ace
 * in both colour schemes, the headings and the skip link (tests/a11y/fixture-pages.ts says what
 * and why); the Vietnamese pages in fixture-pages.test.ts.
 */
import { expect, it } from 'vitest';
import { FIXTURE_PAGES, checkPages, isEnglish } from './fixture-pages.ts';

const pages = FIXTURE_PAGES.filter(isEnglish);

it('has the English pages to check: the home page, a notice, its print preview', () => {
  expect(pages).toEqual(expect.arrayContaining(['/en/', '/en/tim-kiem/']));
  expect(pages.some((p) => /^\/en\/thong-bao\/[^/]+\/ban-in\/$/.test(p))).toBe(true);
});

checkPages(pages);
