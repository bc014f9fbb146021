/**
 * A page's Content-Security-Policy, as the page writes it in its <head> (src/components/PageHead.astro;
 * the staff form's own, src/pages/admin/index.astro). The build repeats each page's policy in
 * `_headers` (src/integrations/security-headers.ts), which reads it from the pages.
 *
 * Written by the site rather than by Astro's `security.csp`: Astro lists in every page the hashes of
 * every inline style of the whole site and of every script and stylesheet file (which `'self'`
 * already allows), so each page had to be read back and its list cut to its own (270 gzipped bytes
 * of a notice page); that rewrite cost ≈ 2 s of a fresh build's CPU at 1,000 notices (bench/README.md).
 * A page knows its one inline stylesheet when it renders, so it writes the one hash it needs.
 */
import { createHash } from 'node:crypto';
import { onDevServer } from './dev-server.ts';

/**
 * What every page allows: the site itself, nothing else (images too: no page shows a data: image but
 * the staff form, which says so in its own policy); no plugins; no other base address; forms sent to
 * the site only.
 */
export const BASE_DIRECTIVES: readonly string[] = ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"];

export interface PolicyOptions {
  /** Whole directives beyond the base ones, in order (the staff form's `connect-src`, `img-src`…). */
  directives?: readonly string[];
  /**
   * Sources `script-src` allows beyond `'self'`: `'wasm-unsafe-eval'` where WebAssembly runs (Pagefind on
   * the search page, the staff form); it allows compiling WebAssembly only, not JavaScript's eval.
   */
  scripts?: readonly string[];
  /** Sources `style-src` allows beyond `'self'` (the staff form's `'unsafe-inline'`, `blob:`). */
  styles?: readonly string[];
  /** The text of each inline <style> the page holds, each allowed by its hash. */
  inlineStyles?: readonly string[];
}

/** The CSP source of an inline <style> with this text: its SHA-256, once per text for the life of the build. */
export function inlineHash(text: string): string {
  let hash = hashes.get(text);
  if (hash === undefined) {
    hash = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    hashes.set(text, hash);
  }
  return hash;
}
const hashes = new Map<string, string>();

/** The policy's text, for a <meta http-equiv> and a header alike. */
export function pagePolicy({ directives = [], scripts = [], styles = [], inlineStyles = [] }: PolicyOptions = {}): string {
  // A hash switches 'unsafe-inline' off in the browsers that know hashes: never both.
  if (styles.includes("'unsafe-inline'") && inlineStyles.length > 0) throw new Error("pagePolicy: 'unsafe-inline' with hashes would allow no inline style");
  const sources = (extra: readonly string[]) => ["'self'", ...extra].join(' ');
  const policy = `${[...BASE_DIRECTIVES, ...directives].join(';')}; script-src ${sources(scripts)}; style-src ${sources([...styles, ...inlineStyles.map(inlineHash)])};`;
  // Written raw into the page's <meta content="…"> (policyMeta): nothing in it may need escaping.
  if (!/^[\x20-\x7e]*$/.test(policy) || /["<>&]/.test(policy)) throw new Error(`pagePolicy: not a plain ASCII policy: ${policy}`);
  return policy;
}

/** The policy as the <meta> element a page writes in its <head>, before anything it governs; none in `astro dev`, where Vite's client injects styles no policy of the site allows. */
export function policyMeta(options: PolicyOptions = {}): string {
  if (onDevServer()) return '';
  return `<meta http-equiv="content-security-policy" content="${pagePolicy(options)}">`;
}
