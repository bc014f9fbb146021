/**
 * `node:path` in the staff form's bundle (src/integrations/admin.ts maps it here): the
 * build's checks across files (src/pipeline/validation/lifecycle.ts, format.ts) name files
 * with it. In the browser every file is a repository path such as
 * "content/notices/x.yaml", POSIX style, relative to the repository's root, which plays
 * the working folder ("/").
 */
export const sep = '/';

export function isAbsolute(p: string): boolean {
  return p.startsWith('/');
}

function normalizeParts(parts: string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    if (!part || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out;
}

export function resolve(...paths: string[]): string {
  let joined = '';
  for (const p of paths) joined = isAbsolute(p) ? p : `${joined}/${p}`;
  return `/${normalizeParts(joined.split('/')).join('/')}`;
}

export function join(...paths: string[]): string {
  const joined = paths.filter(Boolean).join('/');
  return (isAbsolute(joined) ? '/' : '') + normalizeParts(joined.split('/')).join('/') || '.';
}

export function dirname(p: string): string {
  const i = p.replace(/\/+$/, '').lastIndexOf('/');
  return i < 0 ? '.' : i === 0 ? '/' : p.slice(0, i);
}

export function basename(p: string, ext?: string): string {
  const base = p.replace(/\/+$/, '').split('/').pop() ?? '';
  return ext && base.endsWith(ext) && base !== ext ? base.slice(0, -ext.length) : base;
}

export function relative(from: string, to: string): string {
  const [a, b] = [resolve(from).split('/').filter(Boolean), resolve(to).split('/').filter(Boolean)];
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

export default { sep, isAbsolute, resolve, join, dirname, basename, relative };
