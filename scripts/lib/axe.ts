/**
 * axe-core in a page, with the rules the site is held to: WCAG 2.0–2.2 A and AA and axe's
 * best practices, none switched off. Used by the accessibility tests and `npm run smoke`.
 * The page's CSP rightly refuses an injected script: open it with `bypassCSP`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * The violations of the rules of AXE_TAGS; with `rules`, of those rules only (each must be one
 * of AXE_TAGS': a test that runs a part of them says why the rest need not run again).
 */
export async function axeViolations(page: Page, { rules }: { rules?: string[] } = {}): Promise<Violation[]> {
  // Once per document: a page checked again (in the other colour scheme) keeps the engine.
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(
    async ({ tags, rules }) => {
      type Rule = { ruleId: string; tags: string[] };
      const w = window as unknown as {
        axe: {
          getRules(tags: string[]): Rule[];
          run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }>;
        };
      };
      if (rules) {
        const known = new Set(w.axe.getRules(tags).map((r) => r.ruleId));
        const unknown = rules.filter((r) => !known.has(r));
        if (unknown.length) throw new Error(`axe: not rules of ${tags.join(', ')}: ${unknown.join(', ')}`);
      }
      const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags };
      const r = await w.axe.run(document, { runOnly, resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
    },
    { tags: AXE_TAGS, rules },
  );
}
