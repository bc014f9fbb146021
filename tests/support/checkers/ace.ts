/**
 * IBM's Equal Access engine (npm accessibility-checker-engine, "ace"), a second
 * accessibility engine beside axe, run inside the page: its own rules (IBM Accessibility,
 * harmonised with the W3C ACT rules) on the rendered DOM and computed styles.
 *
 * What fails: every result the engine calls a failure ("FAIL"), violation or recommendation,
 * except the ones listed in ACE_EXCEPTIONS, each matched by rule and element and each with
 * the reason it is not a defect. Results the engine itself says need a person to decide
 * ("POTENTIAL", "MANUAL": "confirm this text is not a heading", "check the focus indicator")
 * are not failures of the engine's own verdict, and are not asserted here; the keyboard and
 * layout tests (tests/a11y/) decide those that can be decided.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const ACE_JS = createRequire(import.meta.url).resolve('accessibility-checker-engine/ace.js');

export interface AceException {
  rule: string;
  /** The elements it is about: a CSS selector the reported element must match. */
  selector: string;
  why: string;
}

export const ACE_EXCEPTIONS: AceException[] = [
  { rule: 'element_attribute_deprecated', selector: 'meta[http-equiv="content-security-policy"]', why: 'http-equiv is valid HTML5 and the CSP <meta> needs it; the rule flags every http-equiv' },
  { rule: 'aria_role_redundant', selector: 'ul[role="list"]', why: 'Safari with VoiceOver drops the list role of a list styled list-style: none; role="list" puts it back' },
  { rule: 'aria_content_in_landmark', selector: 'body > a.skip-link', why: 'the skip link must come before the landmarks it skips (axe exempts skip links for this reason)' },
  { rule: 'text_contrast_sufficient', selector: '.pp-numbers > .pp-number', why: 'the print preview page numbers sit on the paper drawn by a sibling (.pp-sheets, white); ace only looks at ancestors, finds the grey desk' },
];

export interface AceFailure {
  rule: string;
  level: string;
  path: string;
  html: string;
  message: string;
}

/** The ruleset every page is held to. */
const RULESET = 'IBM_Accessibility';

/**
 * Runs ace on the page as it is now; returns the failures not excepted above. With `rules`,
 * only those rules of the ruleset run, each with the level the ruleset gives it (a test that
 * runs a part of them says why the rest need not run again).
 */
export async function aceFailures(page: Page, exceptions: AceException[] = ACE_EXCEPTIONS, { rules }: { rules?: string[] } = {}): Promise<AceFailure[]> {
  if (!(await page.evaluate(() => 'ace' in window))) await page.addScriptTag({ path: ACE_JS });
  return page.evaluate(async ({ except, ruleset, rules }) => {
    type Result = { ruleId: string; value: [string, string]; path: { dom: string }; message: string };
    type Guideline = { id: string; checkpoints: { rules?: { id: string }[] }[] };
    type Checker = { check(d: Document, r: string[]): Promise<{ results: Result[] }>; getGuidelines(): Guideline[]; addGuideline(g: Guideline): void };
    const ace = (window as unknown as { ace: { Checker: new () => Checker } }).ace;
    const checker = new ace.Checker();
    let run = ruleset;
    if (rules) {
      // The ruleset with only these rules, their checkpoints and levels as they are.
      const all = checker.getGuidelines().find((g) => g.id === ruleset)!;
      const known = new Set(all.checkpoints.flatMap((c) => (c.rules ?? []).map((r) => r.id)));
      const unknown = rules.filter((r) => !known.has(r));
      if (unknown.length) throw new Error(`ace: not rules of ${ruleset}: ${unknown.join(', ')}`);
      run = `${ruleset}:${rules.join(',')}`;
      checker.addGuideline({ ...all, id: run, checkpoints: all.checkpoints.map((c) => ({ ...c, rules: (c.rules ?? []).filter((r) => rules.includes(r.id)) })) });
    }
    const report = await checker.check(document, [run]);
    const at = (xpath: string) => document.evaluate(xpath, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue as Element | null;
    return report.results
      .filter((r) => r.value[1] === 'FAIL')
      .filter((r) => {
        const el = at(r.path.dom);
        return !except.some((x) => x.rule === r.ruleId && el?.matches(x.selector));
      })
      .map((r) => ({ rule: r.ruleId, level: r.value[0], path: r.path.dom, html: at(r.path.dom)?.outerHTML.slice(0, 160) ?? '', message: r.message }));
  }, { except: exceptions, ruleset: RULESET, rules });
}

/** The levels of the page's headings a reader meets (visible ones), in document order. */
export function headingLevels(page: Page): Promise<number[]> {
  return page.$$eval('h1, h2, h3, h4, h5, h6', (hs) => hs.filter((h) => h.checkVisibility()).map((h) => Number(h.tagName[1])));
}

/** Headings that nest: one h1, first, and no level skipped going down. */
export function headingProblems(levels: number[]): string[] {
  const problems: string[] = [];
  if (levels[0] !== 1) problems.push(`the first heading is ${levels.length ? `h${levels[0]}` : 'missing'}, not h1`);
  const h1s = levels.filter((l) => l === 1).length;
  if (h1s > 1) problems.push(`${h1s} h1 headings`);
  levels.forEach((l, i) => {
    if (i > 0 && l > levels[i - 1]! + 1) problems.push(`heading ${i + 1} is h${l} after h${levels[i - 1]}`);
  });
  return problems;
}
