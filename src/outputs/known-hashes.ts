/**
 * The SHA-256 of files the build itself has just written and already knows (a PDF from its
 * cache entry's checked header, or just printed), so that the list of published files
 * (src/integrations/published-files.ts) need not read and hash them again. A hash is given
 * back only while the file is exactly as it was when the hash was recorded (size, times,
 * inode: fileState, which src/outputs/pdf/cache.ts also trusts); otherwise the caller hashes the file itself.
 *
 * Kept on globalThis, because Astro may load the integrations through more than one module
 * graph (as src/pipeline/content.ts explains).
 */
import { statSync } from 'node:fs';
import path from 'node:path';

const REGISTRY = Symbol.for('thong-bao.known-hashes');
const registry = (): Map<string, { state: string; sha256: string }> =>
  ((globalThis as Record<symbol, Map<string, { state: string; sha256: string }>>)[REGISTRY] ??= new Map());

/** What a file is now: size, modification and change times in nanoseconds, device and inode; null if it is not there. */
export function fileState(file: string): string | null {
  const s = statSync(file, { bigint: true, throwIfNoEntry: false });
  return s ? [s.size, s.mtimeNs, s.ctimeNs, s.dev, s.ino].join(':') : null;
}

/** Records that `file`, as it is now, has this SHA-256 (lower-case hex). */
export function rememberHash(file: string, sha256: string): void {
  const now = fileState(file);
  if (now) registry().set(path.resolve(file), { state: now, sha256 });
}

/** The SHA-256 recorded for `file`, if it has not changed since; otherwise null. */
export function knownHash(file: string): string | null {
  const kept = registry().get(path.resolve(file));
  return kept && kept.state === fileState(file) ? kept.sha256 : null;
}
