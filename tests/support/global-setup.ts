/**
 * Global setup of every project, run by Vitest before any test:
 *  1. The system tools the tests use, checked first: Debian's Chromium, the Liberation fonts
 *     (Vietnamese glyphs for print), poppler (reads the PDFs), fontconfig, and Java (the W3C
 *     HTML checker). What is missing is installed when this can be done (root on Debian, as
 *     CI is); otherwise the run stops here, in its first seconds, with the one apt-get line
 *     to run. No test fails later for want of a tool.
 *  2. An id for this run (TEST_REBUILD=1 rebuilds each test site once per run: build-site.ts).
 * Projects may load this file each in its own module graph: what is shared lives on the process.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH } from '../../src/lib/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** This run of Vitest. */
    testRun: string;
  }
}

const run = promisify(execFile);

/** Each tool: how to tell it is there, and the Debian package that brings it. */
const TOOLS: { what: string; present: () => Promise<boolean>; apt: string }[] = [
  { what: `Chromium (${CHROMIUM_PATH})`, present: async () => existsSync(CHROMIUM_PATH), apt: 'chromium' },
  { what: 'the Liberation fonts', present: async () => existsSync('/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf'), apt: 'fonts-liberation2' },
  { what: 'poppler (pdfinfo, pdffonts, pdftotext, pdftoppm)', present: () => onPath('pdftoppm', 'pdffonts', 'pdfinfo', 'pdftotext'), apt: 'poppler-utils' },
  { what: 'qpdf (the second PDF checker, tests/support/checkers/pdf.ts)', present: () => onPath('qpdf'), apt: 'qpdf' },
  { what: 'fontconfig (fc-list)', present: () => onPath('fc-list'), apt: 'fontconfig' },
  { what: 'Java (the W3C HTML checker, npm vnu-jar)', present: () => onPath('java'), apt: 'default-jre-headless' },
];

async function onPath(...commands: string[]): Promise<boolean> {
  const found = await Promise.all(commands.map((c) => run('sh', ['-c', `command -v ${c}`]).then(() => true, () => false)));
  return found.every(Boolean);
}

async function missingTools() {
  const present = await Promise.all(TOOLS.map((t) => t.present()));
  return TOOLS.filter((_, i) => !present[i]);
}

async function systemTools(): Promise<void> {
  const missing = await missingTools();
  if (!missing.length) return;
  const packages = missing.map((t) => t.apt);
  const line = `apt-get install -y ${packages.join(' ')}`;
  const canInstall = process.getuid?.() === 0 && (await onPath('apt-get'));
  if (!canInstall) {
    throw new Error(`The tests need ${missing.map((t) => t.what).join(', ')}, missing on this machine. Install with this line, then run the tests again:\n\n  sudo ${line}\n`);
  }
  console.log(`Installing what the tests need: ${packages.join(' ')} (${line})`);
  try {
    await run('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${line} -qq`], { maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${line} failed:\n${err.stderr || err.stdout || err.message}`);
  }
  const still = await missingTools();
  if (still.length) throw new Error(`Still missing after ${line}: ${still.map((t) => t.what).join(', ')}`);
}

const KEY = Symbol.for('thong-bao.test-global-setup');
const shared = globalThis as { [KEY]?: Promise<string> };

export default async function setup(project: TestProject) {
  shared[KEY] ??= systemTools().then(() => randomUUID());
  project.provide('testRun', await shared[KEY]);
}
