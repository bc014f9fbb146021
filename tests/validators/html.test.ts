/**
 * The W3C Nu Html Checker (vnu, the checker behind validator.w3.org/nu) on every page of
 * every built site: zero errors. It runs offline from the npm package `vnu-jar` with
 * Debian's Java (`apt-get install default-jre-headless`; the tests' global setup installs it).
 * Informational messages (vnu cannot compute the CSP hashes, so it guesses that inline
 * styles are blocked; Chromium's own check is tests/privacy/) are not errors.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BASE_DIST, DIST, FIXTURE_DIST, ROOT, SEARCH_DIST } from '../support/paths.ts';

const VNU = path.join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');

interface Message {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

async function vnu(files: string[]): Promise<Message[]> {
  // vnu exits 1 when it reports errors; the JSON on stderr says which.
  const r = await promisify(execFile)('java', ['-jar', VNU, '--format', 'json', ...files], { maxBuffer: 64 * 1024 * 1024 }).catch((e) => e);
  if (!r.stderr?.trim().startsWith('{')) throw new Error(`vnu did not run (is Java installed? apt-get install default-jre-headless): ${r.stderr ?? r.message}`);
  return (JSON.parse(r.stderr) as { messages: Message[] }).messages;
}

const htmlOf = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => path.join(dir, f));

describe('the W3C Nu Html Checker', () => {
  it('reports an error where there is one (the check can fail)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vnu-'));
    const file = path.join(dir, 'hong.html');
    writeFileSync(file, '<!doctype html><html lang="vi"><head><title>x</title></head><body><p>x</p></body></html><script type="module" src="/x.js"></script>');
    const errors = (await vnu([file])).filter((m) => m.type === 'error');
    expect(errors.length).toBeGreaterThan(0);
  });

  const sites = [
    ['the published site', DIST],
    ['the fixture site', FIXTURE_DIST],
    ['the search site', SEARCH_DIST],
    ['the sub-folder site', BASE_DIST],
  ] as const;
  it('reports no error on any page of the built sites', async () => {
    const files = sites.flatMap(([, dir]) => htmlOf(dir));
    expect(files.length).toBeGreaterThan(20);
    const problems = (await vnu(files)).filter((m) => m.type !== 'info');
    expect(problems.map((m) => `${path.relative(ROOT, new URL(m.url).pathname)}:${m.lastLine}: ${m.message}`)).toEqual([]);
  }, 120_000);
});
