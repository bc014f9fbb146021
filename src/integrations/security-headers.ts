/**
 * Writes the Content-Security-Policy line of `_headers` (for hosts that read that file:
 * Netlify, Cloudflare Pages) from the policy Astro put in the pages it built, so the header
 * and the <meta> tag are one policy: the header carries the union of every route's sources
 * (the hashes of the inline styles and scripts Astro emitted), plus `frame-ancestors`,
 * which only a header can carry. public/_headers holds everything else, and marks the line.
 *
 * One page per route is read: a route's policy comes from its components' styles and
 * scripts, the same for every page it builds (the tests check every page against the
 * header in Chromium). Reading all 2000 pages at 1000 notices cost 0.5 s.
 */
import { closeSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { markPhase } from '../lib/phase.ts';

const MARK = 'Content-Security-Policy: (from the pages)';
/** Astro writes the policy in <head>; a page's head is well within this many bytes. */
const HEAD_BYTES = 16 * 1024;

/** The start of a file, where Astro writes the policy. */
function headOf(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    return buf.subarray(0, readSync(fd, buf, 0, HEAD_BYTES, 0)).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
const META = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

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

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, assets }) => {
        const out = fileURLToPath(dir);
        const policies: string[] = [];
        const onePerRoute = [...assets.values()].map((urls) => urls.map((u) => fileURLToPath(u)).find((f) => f.endsWith('.html')));
        for (const file of onePerRoute.filter((f): f is string => f !== undefined)) {
          const m = META.exec(headOf(file));
          if (!m) throw new Error(`${path.relative(out, file)}: trang không có chính sách bảo mật (Content-Security-Policy).`);
          policies.push(m[1]!.replace(/&#39;/g, "'"));
        }
        const headersFile = path.join(out, '_headers');
        const headers = readFileSync(headersFile, 'utf8');
        if (!headers.includes(MARK)) throw new Error(`public/_headers: thiếu dòng "${MARK}".`);
        writeFileSync(headersFile, headers.replace(MARK, `Content-Security-Policy: ${unionPolicy(policies)}; frame-ancestors 'none'`));
        markPhase('_headers from the pages');
      },
    },
  };
}
