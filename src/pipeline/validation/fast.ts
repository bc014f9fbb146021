/**
 * The fast way through validation for a notice file with nothing to report, which is almost
 * every file of a build: js-yaml reads it (≈ 5× faster than `yaml`: at 1,000 notices, ≈ 1 s of
 * a fresh build), and the result is taken only when it is certain to be what the full check
 * (check.ts, with `yaml`) would give. Anything else returns null, and the caller runs the full
 * check, which alone writes messages, finds lines and columns, and decides what is refused:
 *
 *  - the file must pass the byte and line checks, and be plain block YAML: no anchor, alias,
 *    tag, directive, document marker, explicit key or flow collection at the start of a value or
 *    line, no tab, carriage return or YAML 1.1 line break anywhere (screen());
 *  - js-yaml reads it with the scalars of YAML 1.2's core schema exactly as `yaml` resolves them
 *    (CORE below, written from `yaml`'s own tests of each type), refusing a key written twice;
 *    any error or warning of js-yaml sends the file to the full check;
 *  - the schema accepts the data, and the file has nothing a full check would report or point at:
 *    no warning (a translation behind the original), no `replaces` (whose lines the checks across
 *    files need), no translation into a language the site does not offer.
 *
 * tests/unit/validation/fast-path.test.ts checks that the two give the same result, on the
 * seed, the fixtures and thousands of generated values in every style of scalar.
 * Node only (js-yaml is not in the staff form's bundle, which runs check.ts alone).
 */
import jsyaml from 'js-yaml';
import { Notice, translationWarnings } from '../../schema/notice.ts';
import { normalizeStrings, schemaKeys, unofferedLanguages, type NoticeOptions } from './check.ts';
import { genericMarker } from './schema-issues.ts';
import { nameProblems, readSource, slugOf } from './source.ts';
import type { ValidNotice } from './types.ts';

/** YAML 1.2's core schema, each scalar resolved as `yaml` (node_modules/yaml/dist/schema/core/) resolves it. */
export const CORE = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsyaml.Type('tag:yaml.org,2002:null', {
      kind: 'scalar',
      resolve: (s: string) => /^(?:~|[Nn]ull|NULL)?$/.test(s),
      construct: () => null,
    }),
    new jsyaml.Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (s: string) => /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s),
      construct: (s: string) => s[0] === 't' || s[0] === 'T',
    }),
    new jsyaml.Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (s: string) => /^0o[0-7]+$/.test(s) || /^[-+]?[0-9]+$/.test(s) || /^0x[0-9a-fA-F]+$/.test(s),
      construct: (s: string) => (s.startsWith('0o') ? parseInt(s.slice(2), 8) : s.startsWith('0x') ? parseInt(s.slice(2), 16) : parseInt(s, 10)),
    }),
    new jsyaml.Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (s: string) =>
        /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s) ||
        /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s) ||
        /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s),
      construct: (s: string) => {
        const end = s.slice(-3).toLowerCase();
        return end === 'nan' ? NaN : end === 'inf' ? (s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY) : parseFloat(s);
      },
    }),
  ],
});

/** Characters a value or line may not start with on the fast path: YAML's indicators for what a notice never uses. */
const INDICATOR = /^[&*!%@`{[\]},?]/;
/** A key and what follows its colon (a quoted key, or a plain one without `#`). */
const KEY = /^(?:"[^"]*"|'[^']*'|[^\s"'#][^#]*?):(?:[ ]+|$)(.*)$/;

/** True when every line is plain block YAML, as the header says. */
function screen(source: string, lines: string[]): boolean {
  if (/[\t\r\u0085\u2028\u2029\ufeff]/.test(source) || source.includes('__proto__')) return false;
  for (const line of lines) {
    const text = line.trimStart();
    if (text === '' || text.startsWith('#')) continue;
    if (line === text && /^(?:---|\.\.\.)(?:\s|$)/.test(text)) return false;
    // Past the list dashes of the line; then the key, if any, and the value after it.
    const rest = text.replace(/^(?:-(?: +|$))+/, '');
    if (INDICATOR.test(rest)) return false;
    const value = KEY.exec(rest)?.[1];
    if (value !== undefined && INDICATOR.test(value)) return false;
  }
  return true;
}

/** The full check's result for a notice file with nothing to report, or null: then run the full check (check.ts). */
export function fastValidNotice(file: string, bytes: Uint8Array, options: NoticeOptions = {}): ValidNotice | null {
  if (nameProblems(file).length) return null;
  const read = readSource(file, bytes, schemaKeys(Notice));
  if ('problems' in read || !screen(read.source, read.lines)) return null;
  let raw: unknown;
  try {
    let warned = false;
    raw = jsyaml.load(read.source, { schema: CORE, onWarning: () => (warned = true) });
    if (warned) return null;
  } catch {
    return null;
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const result = Notice.safeParse(normalizeStrings(raw), { reportInput: true, error: genericMarker });
  if (!result.success) return null;
  const data = result.data;
  if (data.replaces?.length) return null;
  if (options.languages && unofferedLanguages(data, options.languages).length) return null;
  if (translationWarnings(data).length) return null;
  return { ok: true, slug: slugOf(file), file, data, positions: { replaces: [] }, warnings: [] };
}
