/**
 * What the layout tests read in a page (tests/a11y/layout.test.ts, and the per-page pass of
 * tests/a11y/fixture-pages.ts, which reads them in the document it checks with axe and ace).
 */
import type { Page } from 'playwright-core';

/** Words the tests look for, in the language of the page (from its address). */
export const words = (pagePath: string) =>
  pagePath.startsWith('/en/')
    ? { skip: 'Skip to main content', fullText: 'Full text of the notice' }
    : { skip: 'Bỏ qua, đến nội dung chính', fullText: 'Toàn văn thông báo' };

/** Elements wider than the viewport, and whether the document scrolls sideways. */
export function sideways(page: Page) {
  return page.evaluate(() => {
    const de = document.documentElement;
    const tooWide = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > de.clientWidth + 0.5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
    return { scrolls: de.scrollWidth > de.clientWidth, tooWide };
  });
}

/** Links and controls smaller than 24×24 px without the spacing WCAG 2.5.8 allows, nor inline in a sentence. */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const targets = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary')].filter(
      (e) => e.getClientRects().length > 0 && !e.classList.contains('skip-link'),
    );
    const rects = targets.map((e) => e.getBoundingClientRect());
    const bad: string[] = [];
    targets.forEach((e, i) => {
      const r = rects[i];
      if (r.width >= 24 && r.height >= 24) return;
      // Exception: a link inside a sentence (WCAG 2.5.8 "inline").
      const parentText = e.parentElement?.textContent?.trim() ?? '';
      if (getComputedStyle(e).display === 'inline' && parentText.length > (e.textContent?.trim().length ?? 0)) return;
      // Spacing: a 24 px circle on the target's centre must not touch another target.
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      const clash = rects.some((o, j) => {
        if (j === i) return false;
        const dx = Math.max(o.left - cx, 0, cx - o.right);
        const dy = Math.max(o.top - cy, 0, cy - o.bottom);
        return Math.hypot(dx, dy) < 12;
      });
      if (clash) bad.push(`${e.outerHTML.slice(0, 80)} (${Math.round(r.width)}×${Math.round(r.height)})`);
    });
    return bad;
  });
}
