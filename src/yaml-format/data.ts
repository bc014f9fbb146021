/**
 * The data side of writing YAML: what counts as empty, which order keys are written in,
 * and when two values are the same. Plain values only (what a form or `toJS()` gives).
 */

/** Where a value sits: keys of mappings, indices of lists. */
export type FieldPath = readonly (string | number)[];

/**
 * How a kind of file is laid out, beyond the canonical style itself. The core takes it as
 * a parameter so it knows nothing about notices (see notice-layout.ts).
 */
export interface Layout {
  /** The order of the keys of the mapping at `path` (indices given as numbers), if known. */
  keyOrder?(path: FieldPath): readonly string[] | undefined;
  /** Whether a blank line comes before top-level `key` when it follows `previousKey`. Default: always. */
  startsSection?(key: string, previousKey: string): boolean;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Own property, defined rather than assigned, so a key named `__proto__` stays a plain key. */
function define(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * The value without its empty parts: undefined, null, '' and lists or mappings that end up
 * with nothing in them. What a form sends for a field left blank is not something to write.
 * Returns undefined when nothing is left.
 */
export function prune(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const p = prune(v);
      if (p !== undefined) define(out, k, p);
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value;
}

/** A copy with every mapping's keys in the layout's order; keys it does not know keep their order, after. */
export function orderKeys(value: unknown, path: FieldPath, layout: Layout): unknown {
  if (Array.isArray(value)) return value.map((v, i) => orderKeys(v, [...path, i], layout));
  if (!isPlainObject(value)) return value;
  const order = layout.keyOrder?.(path) ?? [];
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b));
  const out: Record<string, unknown> = {};
  for (const k of keys) define(out, k, orderKeys(value[k], [...path, k], layout));
  return out;
}

/**
 * Deep equality of plain data. Text is compared after NFC normalisation unless `exact`: a
 * file written with decomposed Vietnamese and a form that sends precomposed text hold the
 * same words. Key order does not matter; list order does.
 */
export function sameData(a: unknown, b: unknown, exact = false): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a === b || (!exact && a.normalize('NFC') === b.normalize('NFC'));
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameData(v, b[i], exact));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && sameData(a[k], b[k], exact));
  }
  return Object.is(a, b);
}
