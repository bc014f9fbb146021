/**
 * Sveltia 0.221 adds keys of its own to the data it hands to previews, hooks and formats:
 * each list item gets `__sc_item_id` and `__sc_item_original_key_path` once a list has been
 * edited (items added, removed or moved), and rich-text components `__sc_component_name`.
 * They are Sveltia's bookkeeping, not the notice's: the strict schema refuses them as
 * unknown keys, and they must never reach a file. Every key starting with `__sc_` is left
 * out, at any depth.
 */
const SVELTIA_KEY = /^__sc_/;

export function withoutSveltiaKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutSveltiaKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (SVELTIA_KEY.test(k)) continue;
    // Defined, not assigned: a key named __proto__ stays a plain key (as everywhere in the project).
    Object.defineProperty(out, k, { value: withoutSveltiaKeys(v), enumerable: true, writable: true, configurable: true });
  }
  return out as T;
}
