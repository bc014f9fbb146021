import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keepOwnHashes } from '../../src/lib/csp-hashes.ts';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const page = (policy: string, body: string) => `<head><meta http-equiv="content-security-policy" content="${policy}">${body}</head>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1];

describe('keepOwnHashes', () => {
  const css = 'body{margin:0}';
  const js = 'console.log(1)';
  const others = [hash('a{}'), hash('b{}'), hash('other script')];

  it("keeps the hashes of the page's own inline style and script, drops the rest", () => {
    const html = page(`default-src 'self'; script-src 'self' ${hash(js)} ${others[2]}; style-src 'self' ${others[0]} ${hash(css)} ${others[1]}`, `<style>${css}</style><script>${js}</script>`);
    expect(policyOf(keepOwnHashes(html))).toBe(`default-src 'self'; script-src 'self' ${hash(js)}; style-src 'self' ${hash(css)}`);
  });

  it('drops the hash of a data block (JSON-LD is never run) and of a script file', () => {
    const ld = '{"@context":"https://schema.org"}';
    const html = page(`script-src 'self' ${hash(ld)} ${hash('')}`, `<script type="application/ld+json">${ld}</script><script type="module" src="/a.js"></script>`);
    expect(policyOf(keepOwnHashes(html))).toBe("script-src 'self'");
  });

  it("never adds a hash, and leaves a directive with 'unsafe-inline' whole (its hashes switch it off)", () => {
    const html = page(`script-src 'self'; style-src 'self' 'unsafe-inline' ${others[0]}`, `<style>${css}</style><script>${js}</script>`);
    expect(policyOf(keepOwnHashes(html))).toBe(`script-src 'self'; style-src 'self' 'unsafe-inline' ${others[0]}`);
  });

  it("gives the same page when it reads the page's UTF-8 bytes as Latin-1 (as the middleware does), Vietnamese in a style included", () => {
    const viCss = '.a::before{content:"Đường dây nóng"}';
    const html = page(`style-src 'self' ${others[0]} ${hash(viCss)} &#39;sha384-x&#39;`, `<style>${viCss}</style><p>Sở Ngoại vụ</p>`);
    const bytes = Buffer.from(html, 'utf8');
    const viaLatin1 = Buffer.from(keepOwnHashes(bytes.toString('latin1'), 'latin1'), 'latin1');
    expect(viaLatin1.toString('utf8')).toBe(keepOwnHashes(html));
    expect(policyOf(keepOwnHashes(html))).toBe(`style-src 'self' ${hash(viCss)}`);
  });

  it('leaves a page without a policy as it is', () => {
    expect(keepOwnHashes(`<style>${css}</style>`)).toBe(`<style>${css}</style>`);
  });
});
