import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BASE_DIRECTIVES, pagePolicy, policyMeta } from '../../src/lib/csp.ts';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));

describe('pagePolicy', () => {
  it('allows the site itself and nothing else, with no inline style, on a page that has none', () => {
    const policy = pagePolicy();
    for (const d of BASE_DIRECTIVES) expect(policy).toContain(d);
    expect(directive(policy, 'script-src')).toBe("script-src 'self'");
    expect(directive(policy, 'style-src')).toBe("style-src 'self'");
    expect(policy).not.toContain('unsafe');
  });

  it("allows the page's inline stylesheet by the SHA-256 of its text as written (Vietnamese included), and no other", () => {
    const css = '.a::before{content:"Đường dây nóng"}\n';
    const policy = pagePolicy({ inlineStyles: [css] });
    expect(directive(policy, 'style-src')).toBe(`style-src 'self' ${hash(css)}`);
    expect(pagePolicy({ inlineStyles: [`${css} `] })).not.toContain(hash(css));
  });

  it("adds what one page needs to its own policy only: the search page's WebAssembly, the staff form's sources", () => {
    const search = pagePolicy({ scripts: ["'wasm-unsafe-eval'"], inlineStyles: ['p{}'] });
    expect(directive(search, 'script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(directive(pagePolicy(), 'script-src')).toBe("script-src 'self'");
    const form = pagePolicy({ directives: ["connect-src 'self' https://api.github.com"], styles: ["'unsafe-inline'", 'blob:'] });
    expect(directive(form, 'connect-src')).toBe("connect-src 'self' https://api.github.com");
    expect(directive(form, 'style-src')).toBe("style-src 'self' 'unsafe-inline' blob:");
  });

  it("refuses 'unsafe-inline' beside a hash, which would switch it off and block the staff form's styles", () => {
    expect(() => pagePolicy({ styles: ["'unsafe-inline'"], inlineStyles: ['p{}'] })).toThrow(/unsafe-inline/);
  });

  it('refuses a source that would need escaping in the <meta> it is written raw into', () => {
    expect(() => pagePolicy({ directives: ['img-src "x"'] })).toThrow(/ASCII/);
    expect(() => pagePolicy({ directives: ['img-src https://bộ.vn'] })).toThrow(/ASCII/);
  });
});

describe('policyMeta', () => {
  it('is the <meta> a browser reads as a policy, its content the policy itself', () => {
    expect(policyMeta({ inlineStyles: ['p{}'] })).toBe(`<meta http-equiv="content-security-policy" content="${pagePolicy({ inlineStyles: ['p{}'] })}">`);
  });
});
