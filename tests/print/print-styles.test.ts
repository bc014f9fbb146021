/**
 * Each element of the printed notice against docs/print-rules.md: size, weight and style
 * as Chromium computes them for print, the rules' lengths against their text, body
 * spacing, the closing block; and dark mode printing black on white.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { DIST, SEED_SLUG } from '../support/paths.ts';
import { openForPrint, printToPdf, rasterise } from './pdf.ts';

let site: SiteSession;
let page: Page;

beforeAll(async () => {
  site = await openSite(DIST);
  page = await openForPrint(site.browser, `${site.url}/thong-bao/${SEED_SLUG}/`);
});
afterAll(() => site?.close());

interface Look {
  pt: number;
  weight: number;
  style: string;
  upper: boolean;
  align: string;
  family: string;
  color: string;
}
async function look(p: Page, selector: string): Promise<Look[]> {
  return p.$$eval(selector, (els) =>
    els.map((e) => {
      const s = getComputedStyle(e);
      const text = (e as HTMLElement).innerText.trim();
      return {
        pt: Math.round(parseFloat(s.fontSize) * 0.75 * 10) / 10,
        weight: Number(s.fontWeight),
        style: s.fontStyle,
        upper: text === text.toLocaleUpperCase('vi') && text !== text.toLocaleLowerCase('vi'),
        align: s.textAlign,
        family: s.fontFamily,
        color: s.color,
      };
    }),
  );
}

/** Each rule: selector, size range in pt, bold?, style, capitals? */
const RULES: [string, string, [number, number], boolean, 'normal' | 'italic', boolean | null][] = [
  ['R5', '.doc-parent', [12, 13], false, 'normal', true],
  ['R6', '.doc-issuer', [12, 13], true, 'normal', true],
  ['R7', '.doc-number', [13, 13], false, 'normal', null],
  ['R8', '.doc-nation', [12, 13], true, 'normal', true],
  ['R9', '.doc-motto', [13, 14], true, 'normal', false],
  ['R10', '.doc-date', [13, 14], false, 'italic', false],
  ['R11', '.doc-type', [13, 14], true, 'normal', true],
  ['R12', '.doc-subject', [13, 14], true, 'normal', false],
  ['R13', '.doc-body > p', [13, 14], false, 'normal', null],
  ['R13', '.doc-body .doc-list:not(.doc-list--recipients) li', [13, 14], false, 'normal', null],
  ['R14', '.doc-section', [13, 14], true, 'normal', null],
  ['R15', '.doc-signer__post', [13, 14], true, 'normal', true],
  ['R15', '.doc-signer__name', [13, 14], true, 'normal', false],
  ['R16', '.doc-recipients__title', [12, 12], true, 'italic', false],
  ['R16', '.doc-list--recipients li', [11, 11], false, 'normal', null],
];

describe('sizes, weights and styles in print', () => {
  for (const [rule, selector, [min, max], bold, style, upper] of RULES) {
    it(`${rule}: ${selector} is ${min}–${max} pt, ${bold ? 'bold' : 'not bold'}, ${style}${upper ? ', capitals' : ''}`, async () => {
      const looks = await look(page, `.official ${selector}`);
      expect(looks.length).toBeGreaterThan(0);
      for (const l of looks) {
        expect(l.pt).toBeGreaterThanOrEqual(min);
        expect(l.pt).toBeLessThanOrEqual(max);
        expect(l.weight >= 600).toBe(bold);
        expect(l.style).toBe(style);
        if (upper !== null) expect(l.upper).toBe(upper);
        expect(l.family).toMatch(/^"?Notice Serif"?, "?Times New Roman"?/);
        expect(l.color).toBe('rgb(0, 0, 0)');
      }
    });
  }

  it('R14: clause headings are at the body size', async () => {
    const body = (await look(page, '.official .doc-body > p'))[0].pt;
    const headings = await look(page, '.official .doc-section');
    expect(headings.length).toBeGreaterThanOrEqual(5);
    for (const h of headings) expect(h.pt).toBe(body);
  });

  it('R11, R12: title and subject centred; R13: body justified', async () => {
    expect((await look(page, '.official .doc-type'))[0].align).toBe('center');
    expect((await look(page, '.official .doc-subject'))[0].align).toBe('center');
    const paragraphs = await look(page, '.official .doc-body > p');
    expect(paragraphs.length).toBeGreaterThanOrEqual(4);
    for (const p of paragraphs) expect(p.align).toBe('justify');
  });
});

describe('the body (R13)', () => {
  it('indents each first line 1 cm (or 1.27 cm), spaces paragraphs ≥ 6 pt, single to 1.5 lines', async () => {
    const blocks = await page.$$eval('.official .doc-body > p, .official .doc-section, .official .doc-body .doc-list:not(.doc-list--recipients) > li', (els) =>
      els.map((e) => {
        const s = getComputedStyle(e);
        return { indentCm: (parseFloat(s.textIndent) * 2.54) / 96, lineHeight: parseFloat(s.lineHeight) / parseFloat(s.fontSize) };
      }),
    );
    expect(blocks.length).toBeGreaterThan(15);
    for (const b of blocks) {
      expect([1, 1.27].some((cm) => Math.abs(b.indentCm - cm) < 0.01)).toBe(true);
      expect(b.lineHeight).toBeGreaterThanOrEqual(1.0);
      expect(b.lineHeight).toBeLessThanOrEqual(1.5);
    }
  });

  it('leaves at least 6 pt between consecutive paragraphs', async () => {
    const gaps = await page.$$eval('.official .doc-body :is(p, h2, li)', (blocks) => {
      const out: number[] = [];
      for (let i = 1; i < blocks.length; i++) {
        const prev = blocks[i - 1];
        const next = blocks[i];
        let prevBottom: number;
        if (prev.contains(next)) {
          // A list line with sub-lines: measure from the end of its own text.
          const r = document.createRange();
          r.setStartBefore(prev.firstChild!);
          r.setEndBefore(prev.querySelector('ul')!);
          prevBottom = r.getBoundingClientRect().bottom;
        } else prevBottom = prev.getBoundingClientRect().bottom;
        out.push(((next.getClientRects()[0].top - prevBottom) * 72) / 96);
      }
      return out;
    });
    expect(gaps.length).toBeGreaterThan(15);
    for (const g of gaps) expect(g).toBeGreaterThanOrEqual(5.9);
  });
});

describe('the rules under the headings', () => {
  /** Widths, in px, of the rule drawn after `selector` and of its text's longest line. */
  async function rule(selector: string) {
    return page.$eval(`.official ${selector}`, (e) => {
      const after = getComputedStyle(e, '::after');
      const range = document.createRange();
      range.selectNodeContents(e);
      const lines = [...range.getClientRects()];
      return {
        rule: parseFloat(after.width),
        border: after.borderTopStyle + ' ' + parseFloat(after.borderTopWidth),
        centred: Math.abs(parseFloat(after.marginLeft) - parseFloat(after.marginRight)) < 1,
        text: Math.max(...lines.map((r) => r.width)),
      };
    });
  }

  it('R6: the issuing body has a solid rule 1/3–1/2 of its text, centred', async () => {
    const r = await rule('.doc-issuer');
    expect(r.border).toMatch(/^solid 0\.[5-9]|^solid 1/);
    expect(r.rule / r.text).toBeGreaterThanOrEqual(1 / 3);
    expect(r.rule / r.text).toBeLessThanOrEqual(1 / 2);
    expect(r.centred).toBe(true);
  });

  it('R9: the motto has a solid rule exactly as long as its text', async () => {
    const r = await rule('.doc-motto');
    expect(r.border).toMatch(/^solid/);
    expect(Math.abs(r.rule - r.text)).toBeLessThan(1);
  });

  it('R12: the subject has a solid rule 1/3–1/2 of its line, centred', async () => {
    const r = await rule('.doc-subject');
    expect(r.border).toMatch(/^solid/);
    expect(r.rule / r.text).toBeGreaterThanOrEqual(1 / 3);
    expect(r.rule / r.text).toBeLessThanOrEqual(1 / 2);
    expect(r.centred).toBe(true);
  });
});

describe('the closing block (R15, R16)', () => {
  it('puts "Nơi nhận" on the left, level with the post; the name centred under the post, with room to sign', async () => {
    const g = await page.evaluate(() => {
      const box = (s: string) => document.querySelector(`.official ${s}`)!.getBoundingClientRect();
      const baseline = (s: string) => {
        const e = document.querySelector(`.official ${s}`)!;
        const r = document.createRange();
        r.selectNodeContents(e);
        return r.getClientRects()[0].bottom;
      };
      const text = (s: string) => {
        const r = document.createRange();
        r.selectNodeContents(document.querySelector(`.official ${s}`)!);
        return r.getBoundingClientRect();
      };
      return {
        doc: box('.doc-body'),
        title: text('.doc-recipients__title'),
        post: text('.doc-signer__post'),
        name: text('.doc-signer__name'),
        postBottom: baseline('.doc-signer__post'),
        titleBottom: baseline('.doc-recipients__title'),
      };
    });
    const mm = (px: number) => (px * 25.4) / 96;
    expect(Math.abs(g.title.left - g.doc.left)).toBeLessThan(1);
    // Level: the first lines' text boxes end within 1.5 mm (12 pt beside 14 pt).
    expect(mm(Math.abs(g.titleBottom - g.postBottom))).toBeLessThan(1.5);
    expect(g.post.left).toBeGreaterThan(g.doc.left + g.doc.width / 2);
    const centre = (r: DOMRect) => r.left + r.width / 2;
    expect(Math.abs(centre(g.post) - centre(g.name))).toBeLessThan(1);
    expect(mm(g.name.top - g.post.bottom)).toBeGreaterThanOrEqual(20);
  });

  it('keeps the header, the closing block and the QR code unbroken, and headings with what follows', async () => {
    const breaks = await page.evaluate(() => {
      const s = (sel: string) => getComputedStyle(document.querySelector(`.official ${sel}`)!);
      return {
        header: s('.doc-header').breakInside,
        closing: s('.doc-closing').breakInside,
        closingBefore: s('.doc-closing').breakBefore,
        qr: s('.doc-qr').breakInside,
        heading: s('.doc-section').breakAfter,
        subject: s('.doc-subject').breakAfter,
      };
    });
    expect(breaks).toEqual({ header: 'avoid', closing: 'avoid', closingBefore: 'avoid', qr: 'avoid', heading: 'avoid', subject: 'avoid' });
  });
});

describe('dark mode', () => {
  it('still prints black text on white paper', async () => {
    const dark = await openForPrint(site.browser, `${site.url}/thong-bao/${SEED_SLUG}/`, { dark: true });
    const colours = await dark.evaluate(() => ({
      scheme: matchMedia('(prefers-color-scheme: dark)').matches,
      html: getComputedStyle(document.documentElement).backgroundColor,
      body: getComputedStyle(document.body).backgroundColor,
      text: [...new Set([...document.querySelectorAll('.official *')].map((e) => getComputedStyle(e).color))],
    }));
    expect(colours.scheme).toBe(true);
    expect(colours.text).toEqual(['rgb(0, 0, 0)']);
    expect([colours.html, colours.body].every((c) => c === 'rgb(255, 255, 255)' || c === 'rgba(0, 0, 0, 0)')).toBe(true);

    // With "background graphics" on, the paper is still white and the ink black.
    const pdf = await printToPdf(dark, 'seed-dark', { backgrounds: true });
    const png = rasterise(pdf.file, 1, 40);
    let white = 0;
    let darkest = 255;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
      if (r > 245 && g > 245 && b > 245) white++;
      darkest = Math.min(darkest, Math.max(r, g, b));
      // No colour anywhere: every pixel grey (ink on paper).
      expect(Math.max(r, g, b) - Math.min(r, g, b)).toBeLessThan(16);
    }
    expect(white / (png.width * png.height)).toBeGreaterThan(0.85);
    expect(darkest).toBeLessThan(40);
    await dark.close();
  });
});
