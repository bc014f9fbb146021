import { describe, expect, it } from 'vitest';
import { withoutSveltiaKeys } from '../../src/cms/sveltia-keys.ts';
import { toFile, fromFile } from '../../src/cms/format.ts';
import { readFileSync } from 'node:fs';
import { SEED_YAML } from '../support/paths.ts';

describe("Sveltia's list keys", () => {
  it('are left out at any depth; everything else stays, __proto__ a plain key', () => {
    const data = JSON.parse('{"a":[{"__sc_item_id":"x","__sc_item_original_key_path":"a.0","post":"P"}],"b":{"c":[{"__sc_component_name":"y","d":1}]},"__proto__":1}');
    const out = withoutSveltiaKeys(data);
    expect(JSON.stringify(out)).toBe('{"a":[{"post":"P"}],"b":{"c":[{"d":1}]},"__proto__":1}');
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });

  it('never reach the file: a list edited in the form writes the file as it was', () => {
    const seed = readFileSync(SEED_YAML, 'utf8');
    const content = fromFile(seed) as { hotlines: { contacts: Record<string, unknown>[] } };
    content.hotlines.contacts = content.hotlines.contacts.map((c, i) => ({ ...c, __sc_item_id: `id-${i}`, __sc_item_original_key_path: `hotlines.contacts.${i}` }));
    expect(toFile(content)).toBe(seed);
  });
});
