/**
 * Staff preview with `npm run dev`: the "Lưu vào danh bạ" links and the open data must work
 * there too, although the build writes those files itself (src/integrations/downloads.ts)
 * rather than as Astro routes. The dev server must serve exactly what the build writes,
 * and read the notices afresh, so an edit shows up without a restart.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataPath, qrPath, vcardPath } from '../../src/lib/urls.ts';
import { startDevServer, type DevServer } from '../support/dev-server.ts';
import { DIST, SEED_SLUG } from '../support/paths.ts';

// The test site's `npm run build` used the default site address; so does this server.
let dev: DevServer;
let base = '';
beforeAll(async () => {
  dev = await startDevServer();
  base = dev.base;
}, 90_000);
afterAll(() => dev?.close());

describe('astro dev serves the downloads the build writes', () => {
  it.each([
    ['the first hotline vCard', vcardPath(SEED_SLUG, 0), 'text/vcard; charset=utf-8'],
    ['the open data', dataPath(SEED_SLUG), 'application/json; charset=utf-8'],
    ['the QR code its paper copy prints', qrPath(SEED_SLUG), 'image/svg+xml'],
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
