/**
 * /admin/ as built: Sveltia from the site's own bundle, its own CSP, a Vietnamese interface,
 * and not one request leaving the site before sign-in.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { FIXTURE_DIST } from '../support/paths.ts';
import { newContext, recordConsole, recordRequests } from './helpers.ts';

let site: SiteSession;
beforeAll(async () => {
  site = await openSite(FIXTURE_DIST);
}, 180_000);
afterAll(() => site?.close());

const csp = (file: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(readFileSync(path.join(FIXTURE_DIST, file), 'utf8'))?.[1] ?? '';
const directive = (policy: string, name: string) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';

describe('the admin page', () => {
  it('has its own, looser CSP; the rest of the site keeps style-src self with no unsafe-inline', () => {
    const admin = csp('admin/index.html');
    expect(directive(admin, 'style-src')).toBe("style-src 'self' 'unsafe-inline' blob:");
    expect(directive(admin, 'connect-src')).toBe("connect-src 'self' data: blob: https://api.github.com");
    expect(directive(admin, 'script-src')).toMatch(/^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*$/);
    expect(admin).not.toContain("'unsafe-eval'");
    for (const page of ['index.html', 'tim-kiem/index.html', 'thong-bao/duong-day-nong-2026-05/index.html']) {
      const site = csp(page);
      expect(directive(site, 'style-src')).not.toContain('unsafe-inline');
      expect(site).not.toContain('api.github.com');
    }
  });

  it('loads Sveltia from the site alone, with no request leaving it, in Vietnamese', async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    const requests = recordRequests(page, site.url);
    const problems = recordConsole(page);
    await page.goto(`${site.url}/admin/`);
    await page.getByRole('button', { name: 'Đăng nhập bằng mã truy cập' }).waitFor();
    // Whatever the page loads after its first screen (fonts, favicon, locale chunk, the
    // status poll): until its fonts are in and the network has been quiet for a second.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await requests.quiet();
    expect(requests.external()).toEqual([]);
    expect(problems).toEqual([]);
    expect(await page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' }).count()).toBe(1);
    // Sveltia's styles applied under the page's CSP (its stylesheet is an injected <style>).
    expect(await page.getByRole('button', { name: 'Đăng nhập bằng mã truy cập' }).evaluate((b) => getComputedStyle(b).fontFamily)).toContain('Source Sans 3');
    await context.close();
  });

  it('is kept out of the sitemap and out of search engines', () => {
    expect(readFileSync(path.join(FIXTURE_DIST, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
    expect(readFileSync(path.join(FIXTURE_DIST, 'admin/index.html'), 'utf8')).toContain('<meta name="robots" content="noindex, nofollow">');
  });
});
