/**
 * Every Vietnamese page of the fixture site, each loaded once for the layout checks, axe and ace
 * in both colour schemes, the headings and the skip link (tests/a11y/fixture-pages.ts says what
 * and why); the English pages in fixture-pages-en.test.ts.
 */
import { expect, it } from 'vitest';
import { FIXTURE_PAGES, checkPages, isEnglish } from './fixture-pages.ts';

const pages = FIXTURE_PAGES.filter((p) => !isEnglish(p));

it('has the Vietnamese pages to check: the home page, a notice, its print preview, 404', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/tim-kiem/', '/404.html']));
  expect(pages.some((p) => /^\/thong-bao\/[^/]+\/ban-in\/$/.test(p))).toBe(true);
});

checkPages(pages);
