/**
 * The architecture (.dependency-cruiser.cjs): imports run one way, schema ← pipeline ←
 * model ← outputs and pages, with no cycle. Runs dependency-cruiser over src/ and scripts/.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';

const require = createRequire(import.meta.url);
const config = require('../../.dependency-cruiser.cjs') as IConfiguration & { options: Record<string, unknown> };

async function run(): Promise<ICruiseResult> {
  const r = await cruise(['src', 'scripts'], { ...config.options, ruleSet: { forbidden: config.forbidden }, validate: true } as never);
  return r.output as ICruiseResult;
}

describe('the direction of imports', () => {
  it('no module imports a layer above its own, and no import cycle', async () => {
    const result = await run();
    const violations = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(' → ')})` : ''}`);
    expect(violations).toEqual([]);
    // The rules saw the code: the view model is there, with its imports.
    const model = result.modules.find((m) => m.source === 'src/model/notice.ts');
    expect(model?.dependencies.some((d) => d.resolved.startsWith('src/schema/'))).toBe(true);
  }, 120_000);

  it('every TypeScript module of src/ belongs to a layer', async () => {
    const result = await run();
    const layers = (config.forbidden ?? []).flatMap((r) => (typeof r.from?.path === 'string' && r.name?.startsWith('layer-') ? [new RegExp(r.from.path)] : []));
    const top = /^src\/(components|layouts|pages|integrations|cms|scripts|styles)\/|^src\/(middleware|content\.config|env\.d)\.ts$/;
    const orphans = result.modules.filter((m) => m.source.startsWith('src/') && /\.ts$/.test(m.source) && !layers.some((re) => re.test(m.source)) && !top.test(m.source));
    expect(orphans.map((m) => m.source)).toEqual([]);
  }, 120_000);
});
