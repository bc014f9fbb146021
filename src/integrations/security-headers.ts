/**
 * Writes the rules of `_headers` that depend on the build: the content types of the feed of
 * every language and of the open data, under the base path (BASE_PATH); and the
 * Content-Security-Policy rules (for hosts that read that file:
 * Netlify, Cloudflare Pages) from the policies Astro put in the pages it built, so the
 * header and the <meta> tag are one policy, plus `frame-ancestors`, which only a header can
 * carry. public/_headers holds every other header, and marks where these rules go.
 *
 * One rule per top-level folder of pages (/thong-bao/*, /admin/*…) and one per page at the
 * root (/, /404.html), each with the union of its pages' sources (the hashes of the inline
 * styles and scripts Astro emitted): rules never overlap, because hosts combine the
 * headers of overlapping rules and two policies would both apply, so the staff form's
 * looser policy (src/pages/admin/) must not meet the site's strict one.
 *
 * Every page is read, not one per route: pages of one route differ (a notice page that shows
 * a banner carries the banner's inline style and its hash, src/components/page-styles.ts), so
 * a folder's rule allows what any of its pages holds: the header of a notice page without a
 * banner also allows the banner's one stylesheet (the page's <meta> does not), which lets
 * nothing else in. A rule per page instead would either meet the folder's rule on that page
 * (two policies, both enforced) or take one rule per page, past what hosts read (Cloudflare
 * Pages: 100 rules). Only the start of each file is read (policyOf).
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { markPhase } from '../lib/phase.ts';
import { markDevServer } from '../lib/dev-server.ts';
import { DATA_INDEX_PATH, DATA_SCHEMA_PATH, FEED_PATH, PUBLISHED_FILES_PATH } from '../lib/urls.ts';

const MARK = '# Content-Security-Policy rules: written here by the build.';
const TYPES_MARK = '# Content types of the feeds and the open data: written here by the build.';
const META = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;
/** Astro writes the policy in <head>; a page's head is well within this many bytes. */
const HEAD_BYTES = 16 * 1024;
/** Where Astro writes it in every page of this site: the first read (the rest only if it is not there). */
const FIRST_BYTES = 4 * 1024;
const buffer = Buffer.allocUnsafe(HEAD_BYTES);

/**
 * The policy of a page: its <meta>, found at the start of the file. The bytes are read as
 * Latin-1, one character per byte: the policy is ASCII, and what precedes it (a title in
 * Vietnamese) need not be decoded to be skipped.
 */
function policyOf(file: string): string | undefined {
  const fd = openSync(file, 'r');
  try {
    let length = readSync(fd, buffer, 0, FIRST_BYTES, 0);
    let m = META.exec(buffer.toString('latin1', 0, length));
    if (!m && length === FIRST_BYTES) {
      length += readSync(fd, buffer, FIRST_BYTES, HEAD_BYTES - FIRST_BYTES, FIRST_BYTES);
      m = META.exec(buffer.toString('latin1', 0, length));
    }
    return m?.[1];
  } finally {
    closeSync(fd);
  }
}

/** The union, directive by directive, of the policies in `policies`, in the order they first appear. */
export function unionPolicy(policies: string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      for (const s of sources) set.add(s);
      directives.set(name, set);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The _headers path pattern a page falls under: its top-level folder, or itself at the root. */
export function ruleFor(sitePath: string): string {
  const [first, ...rest] = sitePath.replace(/^\/+/, '').split('/');
  if (!first || first === 'index.html') return '/';
  return rest.length ? `/${first}/*` : `/${first}`;
}

/**
 * The Content-Type of what is not a page, one rule per kind, none overlapping (a host sends
 * every matching rule's headers, and two Content-Types would be two): the feed of each
 * language the build wrote (/rss.xml, /en/rss.xml…), the open data (CORS open: other sites
 * may read it) and its JSON Schemas.
 */
export function typeRules(out: string, base: string): string {
  const feeds = [FEED_PATH, ...readdirSync(out, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `${d.name}/${FEED_PATH}`)].filter((f) => existsSync(path.join(out, f)));
  const folder = (p: string) => p.slice(0, p.lastIndexOf('/') + 1);
  const data = 'Content-Type: application/json; charset=utf-8\n  Access-Control-Allow-Origin: *';
  const rules: [string, string][] = [
    ...feeds.map((f): [string, string] => [f, 'Content-Type: application/rss+xml; charset=utf-8']),
    [DATA_INDEX_PATH, data],
    [PUBLISHED_FILES_PATH, data],
    [`${DATA_INDEX_PATH.replace(/\.json$/, '')}/*`, data],
    [`${folder(DATA_SCHEMA_PATH)}*`, 'Content-Type: application/schema+json; charset=utf-8\n  Access-Control-Allow-Origin: *'],
  ];
  return rules.map(([p, headers]) => `${base}${p}\n  ${headers}`).join('\n');
}

export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      // The preview server (`astro dev`, and nothing else: a build may start a server of its own): pages write no policy there (src/lib/csp.ts).
      'astro:config:setup': ({ command }) => {
        if (command === 'dev') markDevServer();
      },
      'astro:build:done': ({ dir, assets }) => {
        const out = fileURLToPath(dir);
        // Each rule's policies, each one once (most pages of a folder carry the same).
        const rules = new Map<string, Set<string>>();
        for (const url of [...assets.values()].flat()) {
          const file = fileURLToPath(url);
          if (!file.endsWith('.html')) continue;
          const rel = path.relative(out, file).split(path.sep).join('/');
          const policy = policyOf(file);
          if (!policy) throw new Error(`${rel}: trang không có chính sách bảo mật (Content-Security-Policy).`);
          const rule = ruleFor(rel.replace(/(^|\/)index\.html$/, '$1'));
          rules.set(rule, (rules.get(rule) ?? new Set()).add(policy.replace(/&#39;/g, "'")));
        }
        const headersFile = path.join(out, '_headers');
        const headers = readFileSync(headersFile, 'utf8');
        if (!headers.includes(MARK)) throw new Error(`public/_headers: thiếu dòng "${MARK}".`);
        const block = [...rules]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([rule, policies]) => `${base.slice(0, -1)}${rule}\n  Content-Security-Policy: ${unionPolicy([...policies])}; frame-ancestors 'none'`)
          .join('\n');
        if (!headers.includes(TYPES_MARK)) throw new Error(`public/_headers: thiếu dòng "${TYPES_MARK}".`);
        writeFileSync(headersFile, headers.replace(TYPES_MARK, typeRules(out, base)).replace(MARK, block));
        markPhase('_headers from the pages');
      },
    },
  };
}
