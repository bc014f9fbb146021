/**
 * The agency's trust roots: every .pem file in content/trust/ (the repo ships none; the
 * agency adds the roots of the CA that issues its certificates). Read in name order, so the
 * result does not depend on the file system's listing order.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TrustRoot } from './types.ts';

export const TRUST_DIR = 'content/trust';

/** `file` is given relative to `root` (e.g. "content/trust/ca.pem"), as messages quote it. */
export function loadTrustRoots(root: string, dir = TRUST_DIR): TrustRoot[] {
  const full = path.join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((f) => f.toLowerCase().endsWith('.pem'))
    .sort()
    .map((f) => ({ file: path.posix.join(dir, f), pem: readFileSync(path.join(full, f), 'utf8') }));
}
