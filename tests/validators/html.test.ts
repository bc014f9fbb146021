/**
 * The W3C Nu Html Checker (vnu, the checker behind validator.w3.org/nu) on every page of
 * every built site: zero errors. It runs offline from the npm package `vnu-jar` with
 * Debian's Java (`apt-get install default-jre-headless`; the tests' global setup installs it).
 * Informational messages (vnu cannot compute the CSP hashes, so it guesses that inline
 * styles are blocked; Chromium's own check is tests/privacy/) are not errors.
 *
 * One Java process checks every page and the page broken on purpose together, each file's
 * messages told apart by their URL: a start of the checker costs more CPU than the pages it
 * reads. Java runs with the client compiler only (-XX:TieredStopAtLevel=1): a short run gains
 * nothing from the optimising compiler, which alone took half the CPU here (8.9 s → 4.0 s for
 * every test site's pages, the same messages byte for byte); that compiler's frames are deeper,
 * so the thread stack is raised above the 512k vnu asks for.
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
  const r = await promisify(execFile)('java', ['-Xss8m', '-XX:TieredStopAtLevel=1', '-jar', VNU, '--format', 'json', ...files], { maxBuffer: 64 * 1024 * 1024 }).catch((e) => e);
  if (!r.stderr?.trim().startsWith('{')) throw new Error(`vnu did not run (is Java installed? apt-get install default-jre-headless): ${r.stderr ?? r.message}`);
  return (JSON.parse(r.stderr) as { messages: Message[] }).messages;
}

const htmlOf = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => path.join(dir, f));

const sites = [
  ['the published site', DIST],
  ['the fixture site', FIXTURE_DIST],
  ['the search site', SEARCH_DIST],
  ['the sub-folder site', BASE_DIST],
] as const;

/** A page with an error vnu must report: the check can fail. */
function brokenPage(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'vnu-')), 'hong.html');
  writeFileSync(file, '<!doctype html><html lang="vi"><head><title>x</title></head><body><p>x</p></body></html><script type="module" src="/x.js"></script>');
  return file;
}

/** The file a message is about ('' when it names none). */
const fileOf = (m: Message) => (m.url ? decodeURIComponent(new URL(m.url).pathname) : '');

/** The one run of the checker, over the broken page and every page of the built sites. */
let checked: Promise<{ broken: string; pages: string[]; messages: Message[] }> | undefined;
function check() {
  checked ??= (async () => {
    const broken = brokenPage();
    const pages = sites.flatMap(([, dir]) => htmlOf(dir));
    return { broken, pages, messages: await vnu([broken, ...pages]) };
  })();
  return checked;
}

describe('the W3C Nu Html Checker', () => {
  it('reports an error where there is one (the check can fail)', async () => {
    const { broken, messages } = await check();
    const errors = messages.filter((m) => fileOf(m) === broken && m.type === 'error');
    expect(errors.length).toBeGreaterThan(0);
  }, 120_000);

  it('reports no error on any page of the built sites', async () => {
    const { broken, pages, messages } = await check();
    expect(pages.length).toBeGreaterThan(20);
    // Every message but the broken page's: one about no file, or the run itself, fails too.
    const problems = messages.filter((m) => fileOf(m) !== broken && m.type !== 'info');
    expect(problems.map((m) => `${path.relative(ROOT, fileOf(m))}:${m.lastLine}: ${m.message}`)).toEqual([]);
  }, 120_000);
});
