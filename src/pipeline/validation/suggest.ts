/**
 * "Có phải ý bạn là `place`?": the nearest allowed key to a misspelt one.
 * Distance from fastest-levenshtein; we compare without case, `_` and `-`, so `Place`,
 * `full_name` and `full-name` find `place` and `fullName`.
 */
import { distance } from 'fastest-levenshtein';

const fold = (s: string) => s.toLowerCase().replace(/[_\-\s]/g, '');

/** The closest candidate, or undefined when none is close enough to be a plausible typo. */
export function nearestKey(key: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(fold(key), fold(c));
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  // Two edits, or a third of a long key (at most 3): "fone"→"phone" and "plase"→"place"
  // yes; "constructor" or "__proto__" → nothing, since no key is that close.
  const allowed = Math.min(3, Math.max(2, Math.floor(fold(key).length / 3)));
  return bestDistance <= allowed ? best : undefined;
}
