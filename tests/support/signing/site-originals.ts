/**
 * The originals of the fixture notices that have one (two cases of tests/fixtures/site/ and the
 * replaced hotline example of src/kinds/hotline/examples/), made at test time into a test site's content folder: a throwaway PKI's root in `trust/`, a notice
 * printed by Chromium and signed as the person then the agency, and scans with no
 * signature (one of them the original of a replaced notice). The fixture YAML holds a
 * placeholder hash; the copy in the content folder gets the real one. Nothing here is
 * committed, and every run has new keys.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { scannedPdf, sha256 } from './cases.ts';
import { TIMES } from './index.ts';
import { makeTestPki } from './pki.ts';
import { printPdfs, sampleHtml } from './sample-pdf.ts';
import { signAsPersonThenAgency } from './sign.ts';

export const SIGNED_SLUG = 'thu-nghiem-ban-goc-ky-so-2026-05';
export const SCANNED_SLUG = 'thu-nghiem-ban-goc-ban-quet-2026-05';
/** A notice replaced by another (tests/support/chain.ts), whose original, a scan, stays published. */
export const REPLACED_SCANNED_SLUG = 'thu-nghiem-du-lich-duong-day-nong-2026-01';
/** What the fixture YAML says until the real hash is written in. */
export const PLACEHOLDER_SHA256 = '0'.repeat(64);

/** The file name of the test root, as content/trust/ holds it. */
export const TEST_ROOT_FILE = 'test-root.pem';

export async function writeSiteOriginals(contentRoot: string): Promise<void> {
  const pki = makeTestPki();
  const [unsigned] = await printPdfs([sampleHtml()]);
  const made: Record<string, Uint8Array> = {
    [SIGNED_SLUG]: await signAsPersonThenAgency(unsigned!, pki.person, pki.agency, TIMES),
    [SCANNED_SLUG]: await scannedPdf(),
    // Another scan: its own bytes, so no two notices publish the same file.
    [REPLACED_SCANNED_SLUG]: await scannedPdf(9),
  };
  mkdirSync(path.join(contentRoot, 'trust'), { recursive: true });
  writeFileSync(path.join(contentRoot, 'trust', TEST_ROOT_FILE), pki.root.certPem);
  for (const [slug, pdf] of Object.entries(made)) {
    const yamlFile = path.join(contentRoot, 'notices', `${slug}.yaml`);
    const yaml = readFileSync(yamlFile, 'utf8');
    if (!yaml.includes(PLACEHOLDER_SHA256)) throw new Error(`${yamlFile}: no placeholder hash to fill in`);
    const target = path.join(contentRoot, 'notices', (parse(yaml) as { original: { file: string } }).original.file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, pdf);
    writeFileSync(yamlFile, yaml.replace(PLACEHOLDER_SHA256, sha256(pdf)));
  }
}
