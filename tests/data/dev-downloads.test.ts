/**
 * Staff preview with `npm run dev`: the "Lưu vào danh bạ" links and the open data must work
 * there too, although the build writes those files itself (src/integrations/downloads.ts)
 * rather than as Astro routes. The dev server must serve exactly what the build writes,
 * and read the notices afresh, so an edit shows up without a restart.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataPath, vcardPath } from '../../src/lib/urls.ts';
import { DIST, ROOT, SEED_SLUG } from '../support/paths.ts';

let dev: ChildProcess;
let base = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  // --ignore-lock: alongside any dev server the developer has running, without taking it over.
  dev = spawn(path.join(ROOT, 'node_modules/.bin/astro'), ['dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    // As a developer's shell would start it: not with Vitest's environment (NODE_ENV=test,
    // BASE_URL, MODE…, which Vite would take for its own). The global setup's
    // `npm run build` used the default site address; so does this.
    env: {
      PATH: `${path.join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
      HOME: process.env.HOME ?? ROOT,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  dev.stdout!.on('data', (d: Buffer) => (output += d));
  dev.stderr!.on('data', (d: Buffer) => (output += d));
  base = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 60_000;
  let last = '';
  for (;;) {
    try {
      const r = await fetch(base);
      if (r.ok) break;
      last = `HTTP ${r.status}`;
    } catch (e) {
      last = String((e as Error).cause ?? e);
    }
    if (Date.now() > deadline || dev.exitCode !== null) throw new Error(`astro dev did not start (${last}):\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
});

afterAll(() => {
  dev?.kill();
});

describe('astro dev serves the downloads the build writes', () => {
  it.each([
    ['the first hotline vCard', vcardPath(SEED_SLUG, 0), 'text/vcard; charset=utf-8'],
    ['the open data', dataPath(SEED_SLUG), 'application/json; charset=utf-8'],
  ])('%s, byte for byte', async (_what, sitePath, type) => {
    const res = await fetch(base + sitePath);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(await res.text()).toBe(readFileSync(path.join(DIST, sitePath), 'utf8'));
  });

  it('serves the list of notices and its JSON Schema as the build writes them', async () => {
    for (const sitePath of ['du-lieu/thong-bao.json', 'du-lieu/luoc-do/thong-bao.schema.json']) {
      const res = await fetch(base + sitePath);
      expect(res.status, sitePath).toBe(200);
      expect(await res.text()).toBe(readFileSync(path.join(DIST, sitePath), 'utf8'));
    }
  });

  it('serves the staff form, bundled on request, to work on this folder without GitHub', async () => {
    const page = await fetch(`${base}admin/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('id="nc-root"');
    const script = await fetch(`${base}admin/cms.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    // Our notice format and Sveltia's code are in it.
    const js = await script.text();
    expect(js).toContain('notice-yaml');
    expect(js).toContain('registerCustomFormat');
  }, 120_000);

  it('answers 404 for a notice that does not exist', async () => {
    expect((await fetch(`${base}${dataPath('khong-co-thong-bao-nay')}`)).status).toBe(404);
  });
});
