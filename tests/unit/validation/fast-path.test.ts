/**
 * The fast way through validation (src/pipeline/validation/fast.ts: js-yaml for a file with
 * nothing to report) must give exactly what the full check (`yaml`, check.ts) gives, or stand
 * aside. Checked on every notice file of the repository, on generated values written in every
 * style of YAML scalar, and on the plain scalars where YAML's versions and parsers differ; and the
 * fast way must really be taken for ordinary notices (else the build pays the full check for each).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import jsyaml from 'js-yaml';
import { Scalar, parse, parseDocument, type Document } from 'yaml';
import { CORE, fastValidNotice } from '../../../src/pipeline/validation/fast.ts';
import { validateSource } from '../../../src/pipeline/validation/check.ts';
import { validateFile } from '../../../src/pipeline/validation/files.ts';
import { FIXTURES, FIXTURE_NOTICE_FILES, ROOT, SEED_YAML } from '../../support/paths.ts';

const OPTIONS = { languages: ['en'] };
const encode = (text: string) => new TextEncoder().encode(text);

/** Both ways on one file's bytes: the fast result (null when it stands aside) and the full check's. */
function both(file: string, bytes: Uint8Array) {
  return { fast: fastValidNotice(file, bytes, OPTIONS), full: validateSource(file, bytes, OPTIONS) };
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? yamlFiles(path.join(dir, d.name)) : /\.ya?ml$/.test(d.name) ? [path.join(dir, d.name)] : [],
  );
}

describe('the fast way through validation', () => {
  const corpus = [...new Set([SEED_YAML, ...yamlFiles(path.join(ROOT, 'content/notices')), ...yamlFiles(FIXTURES), ...FIXTURE_NOTICE_FILES, ...yamlFiles(path.join(ROOT, 'src/kinds'))])];

  it('gives the full check’s result for every YAML file of the repository it takes, and takes every valid kind example and the seed', () => {
    let taken = 0;
    for (const file of corpus) {
      const { fast, full } = both(file, readFileSync(file));
      if (!fast) continue;
      taken++;
      expect(full.ok, file).toBe(true);
      expect(isDeepStrictEqual(fast, full), file).toBe(true);
    }
    // The seed and the kinds' examples are plain notices: the fast way must serve them.
    for (const file of [SEED_YAML, ...FIXTURE_NOTICE_FILES.filter((f) => f.includes(`${path.sep}examples${path.sep}`))]) {
      const full = validateSource(file, readFileSync(file), OPTIONS);
      if (full.ok && !full.warnings.length && !full.data.replaces?.length) expect(fastValidNotice(file, readFileSync(file), OPTIONS) !== null, file).toBe(true);
    }
    expect(taken).toBeGreaterThan(5);
  });

  it('is what validateFile uses, and leaves every refused file to the full check with its messages', () => {
    for (const file of yamlFiles(path.join(FIXTURES, 'invalid'))) {
      expect(fastValidNotice(file, readFileSync(file), OPTIONS) === null, file).toBe(true);
      expect(isDeepStrictEqual(validateFile(file, OPTIONS), validateSource(file, readFileSync(file), OPTIONS)), file).toBe(true);
    }
  });

  // A small deterministic generator: the same values on every run.
  let state = 20261208;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const PIECES = ['Sở', 'Ngoại', 'vụ', 'đường', 'dây', 'nóng', 'Hải Phòng', 'phản ánh', 'kiến nghị', 'A', 'b', '1', '2026', '0225',
    ':', ': ', ' :', '#', ' #', '# ', '-', '- ', '?', '? ', '&', '*', '!', '%', '@', '`', '|', '>', '{', '}', '[', ']', ',', "'", '"', '\\', '\\n', '“', '”',
    ' ', '  ', '\n', '\n\n', '\n  ', 'https://www.facebook.com/x?a=1&b=2', '…', '–', '😀', 'ǅ', '\u0301', 'null', 'true', '~', '0x1F', '1e3', '.5'] as const;
  const text = () => Array.from({ length: 1 + Math.floor(next() * 12) }, () => pick(PIECES)).join('');
  const STYLES = [Scalar.PLAIN, Scalar.QUOTE_DOUBLE, Scalar.QUOTE_SINGLE, Scalar.BLOCK_LITERAL, Scalar.BLOCK_FOLDED] as const;
  const seed = readFileSync(SEED_YAML, 'utf8');
  const seedDoc = parseDocument(seed);

  /** The seed with `value` written at `at` in the given scalar style (the library chooses another where that one cannot hold it). */
  function variant(at: (string | number)[], value: unknown, type: Scalar.Type | undefined, lineWidth: number): string {
    const doc: Document = seedDoc.clone();
    const node = doc.createNode(value) as Scalar;
    if (type) node.type = type;
    doc.setIn(at, node);
    return doc.toString({ lineWidth, minContentWidth: 10 });
  }

  it('agrees with the full check on 1,000 generated texts in every scalar style, at fields of every depth', () => {
    const places: (string | number)[][] = [['subject'], ['place'], ['hotlines', 'contacts', 0, 'name'], ['opening', 0, 'text'], ['issuer', 'name']];
    let taken = 0;
    for (let i = 0; i < 1000; i++) {
      const source = variant(pick(places), text(), pick(STYLES), pick([20, 40, 80, 200]));
      const { fast, full } = both('/tmp/x.yaml', encode(source));
      if (!fast) continue;
      taken++;
      // Named, not diffed: a diff of two whole notices is megabytes.
      if (!isDeepStrictEqual(fast, full)) expect.fail(`the fast way differs from the full check on:\n${source}\nfull check: ${JSON.stringify(full).slice(0, 400)}`);
    }
    // Most of them are plain notices: the comparison above is not empty.
    expect(taken).toBeGreaterThan(500);
  });

  const scalars = ['0b101', '0o17', '0O17', '0x1F', '0X1F', '017', '08', '00', '1_000', '+5', '-0', '.5', '1.', '1.0', '1e3', '1E3', '-1e-3', '.inf', '-.Inf', '.NaN', '.nan',
      '~', 'null', 'Null', 'NULL', 'nULL', 'yes', 'No', 'on', 'OFF', 'y', 'true', 'True', 'TRUE', 'tRUE', '2026-05-15', '2026-05-15T08:00:00Z', '08:00', '1:30', '190:20:30', '=', '<<', '0.1.2', '12e', '0x', '+', '-'];

  it('resolves every plain scalar to the value `yaml` gives it (YAML 1.2 core schema), whatever the field', () => {
    for (const s of [...scalars, '', '0', '-1', '+0.5e+2', '1.50', '0o', '0x1g', 'Infinity', 'NaN']) {
      const source = `k: ${s}\nl:\n  - ${s}\n`;
      let fast: unknown;
      try {
        fast = jsyaml.load(source, { schema: CORE });
      } catch {
        continue; // js-yaml cannot read it: the fast way stands aside
      }
      expect(isDeepStrictEqual(fast, parse(source, { version: '1.2' })), JSON.stringify(s)).toBe(true);
    }
  });

  it('reads the plain scalars where YAML 1.1, YAML 1.2 and the parsers differ as the full check does', () => {
    for (const s of scalars) {
      for (const [at, prefix] of [[['number', 'sequence'], 'number:\n  sequence: '], [['place'], 'place: ']] as const) {
        const source = seed.replace(at[0] === 'place' ? /^place: .*$/m : /^ {2}sequence: .*$/m, `${prefix.split('\n').pop()}${s}`);
        expect(source, s).not.toBe(seed);
        const { fast, full } = both('/tmp/x.yaml', encode(source));
        if (fast) expect(isDeepStrictEqual(fast, full), `${at.join('.')}: ${s}`).toBe(true);
      }
    }
  });

  it('stands aside for what a notice never writes and the full check refuses or must point at', () => {
    const cases = {
      alias: seed.replace(/^place: .*$/m, 'place: *x'),
      anchor: seed.replace(/^place: .*$/m, 'place: &x Hải Phòng'),
      tag: seed.replace(/^place: .*$/m, 'place: !!str Hải Phòng'),
      flow: seed.replace(/^place: .*$/m, 'place: [Hải Phòng]'),
      'key twice': seed.replace(/^place: .*$/m, 'place: Hải Phòng\nplace: Hà Nội'),
      'document marker': `---\n${seed}`,
      'carriage returns': seed.replace(/\n/g, '\r\n'),
      'unknown language': seed.replace(/^translations:/m, 'translations:\n  fr:\n    subject: Numéros\n'),
    };
    for (const [what, source] of Object.entries(cases)) {
      expect(source, what).not.toBe(seed);
      // A boolean, not the result: a failing match would print a whole notice and its schema.
      expect(fastValidNotice('/tmp/x.yaml', encode(source), OPTIONS) === null, what).toBe(true);
    }
  });
});
