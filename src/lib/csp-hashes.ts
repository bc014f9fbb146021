/**
 * A page's Content-Security-Policy <meta> with only the hashes that page needs.
 *
 * Astro writes into every page the hashes of every inline style and script of the whole
 * site, and of every script and stylesheet file as well (which `'self'` already allows):
 * on a notice page that was seven hashes of 44 random characters, 270 of its gzipped
 * bytes, for one inline stylesheet. This keeps, of the hashes Astro listed, those of the
 * inline <style> and <script> elements the page itself holds; nothing is added, so the
 * page allows exactly what it allowed before, for itself (a directive with 'unsafe-inline' is
 * left whole). JSON-LD and other data blocks
 * are never run, so a policy never applies to them and they need no hash.
 */
import { createHash } from 'node:crypto';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const INLINE = /<(style|script)\b([^>]*)>([\s\S]*?)<\/\1>/gi;
const HASH = /'(sha256|sha384|sha512)-[A-Za-z0-9+/=]+'/g;
/** The script types a browser runs: none given, a JavaScript MIME type, or a module. */
const RUN = /^(|module|(text|application)\/(x-)?(java|ecma)script)$/i;

/** The CSP source of an inline <style> or <script> with this text (Astro's algorithm is sha256: security.csp in astro.config.mjs). */
export function inlineHash(text: string | Uint8Array, algorithm: 'sha256' | 'sha384' | 'sha512' = 'sha256'): `${typeof algorithm}-${string}` {
  return `${algorithm}-${createHash(algorithm).update(text).digest('base64')}`;
}

export function keepOwnHashes(html: string, encoding: 'utf8' | 'latin1' = 'utf8'): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const listed = meta[2]!.replace(/&#39;/g, "'");
  // Only the algorithms the policy uses: a hash of another could match nothing in it.
  const algorithms = new Set([...listed.matchAll(HASH)].map((m) => m[1] as 'sha256' | 'sha384' | 'sha512'));
  const own = new Set<string>();
  for (const [, tag, attrs, body] of algorithms.size ? html.matchAll(INLINE) : []) {
    if (/\ssrc\s*=/i.test(attrs!)) continue;
    if (tag!.toLowerCase() === 'script' && !RUN.test(/\stype\s*=\s*"([^"]*)"/i.exec(attrs!)?.[1]?.trim() ?? '')) continue;
    // Read as Latin-1, the text is the page's UTF-8 bytes one per character: hashed as those bytes.
    const text = encoding === 'latin1' ? Buffer.from(body!, 'latin1') : body!;
    for (const algorithm of algorithms) own.add(`'${inlineHash(text, algorithm)}'`);
  }
  // A directive with 'unsafe-inline' keeps its hashes: they are what switch 'unsafe-inline' off.
  const policy = listed
    .split(';')
    .map((d) => (d.includes("'unsafe-inline'") ? d : d.replace(HASH, (h) => (own.has(h) ? h : '')).replace(/ {2,}/g, ' ').trimEnd()))
    .join(';');
  return html.slice(0, meta.index) + meta[1] + policy + meta[3] + html.slice(meta.index + meta[0].length);
}
