/**
 * Staff preview a notice with its signed original in `npm run dev`: the page shows the
 * original (and no link to a PDF, which only the build prints), the dev server serves the
 * original byte for byte, and an original damaged while the server runs is refused with the
 * same message `npm run validate` prints, naming the PDF, and its notice is left out. A
 * notice added while the server runs gets its page at once, and its page goes when its
 * file does (the content loader, src/content.config.ts, watches the folder).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { originalPath } from '../../src/lib/urls.ts';
import { startDevServer, type DevServer } from '../support/dev-server.ts';
import { FIXTURE_CONTENT, SEED_SLUG } from '../support/paths.ts';
import { SIGNED_SLUG } from '../support/signing/site-originals.ts';

let dev: DevServer;
let base = '';
const content = mkdtempSync(path.join(tmpdir(), 'dev-originals-'));
const pdfFile = path.join(content, 'notices', '15-TB-NV.signed.pdf');

beforeAll(async () => {
  // A copy of the fixture site's content (its originals and trust root made by the global
  // setup), since this test damages one of them.
  cpSync(FIXTURE_CONTENT, content, { recursive: true });
  dev = await startDevServer({ contentDir: content });
  base = dev.base;
}, 90_000);

afterAll(() => {
  dev?.close();
  rmSync(content, { recursive: true, force: true });
});

describe('astro dev with a signed original', () => {
  it('shows the original on the notice page, and no link to a PDF it did not print', async () => {
    const html = await (await fetch(`${base}thong-bao/${SIGNED_SLUG}/`)).text();
    expect(html).toContain('Tải bản gốc có chữ ký số');
    expect(html).toContain('Trần Thị Quỳnh Trang');
    expect(html).not.toContain('Tải bản PDF');
    expect(html).not.toContain('<!--pdf');
  });

  it('serves the original byte for byte', async () => {
    const res = await fetch(base + originalPath(SIGNED_SLUG));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await res.arrayBuffer()).equals(readFileSync(pdfFile))).toBe(true);
  });

  it('refuses the original once it is changed, naming the PDF, and leaves the notice out', async () => {
    const bytes = readFileSync(pdfFile);
    // One byte of the text that both signatures cover: the PDF's producer line.
    const at = bytes.indexOf('/Producer (Skia/PDF m') + '/Producer (Skia/PDF m'.length;
    bytes[at] = bytes[at] === 0x39 ? 0x38 : bytes[at]! + 1;
    writeFileSync(pdfFile, bytes);
    await dev.until('the damaged original is reported', async () => (dev.output.includes('15-TB-NV.signed.pdf: Chữ ký số thứ 1') ? true : undefined));
    expect(dev.output).toContain(`${SIGNED_SLUG}.yaml:`);
    expect(dev.output).toContain('Trường: original.file (Tệp PDF bản gốc)');
    expect(dev.output).toContain('không còn khớp với nội dung tệp: tệp đã bị sửa sau khi ký (dù chỉ một ký tự)');
    await dev.until('the notice is left out', async () => ((await fetch(`${base}thong-bao/${SIGNED_SLUG}/`)).status === 404 ? true : undefined));
    expect((await fetch(base + originalPath(SIGNED_SLUG))).status).toBe(404);
  });

  it('gives a notice added while it runs its page, and takes the page away with the file', async () => {
    const added = 'thong-bao-moi-2026-07';
    const file = path.join(content, 'notices', `${added}.yaml`);
    const seed = readFileSync(path.join(content, 'notices', `${SEED_SLUG}.yaml`), 'utf8');
    expect((await fetch(`${base}thong-bao/${added}/`)).status).toBe(404);
    writeFileSync(file, seed.replace(/^subject: .*$/m, 'subject: Lịch trực đường dây nóng tháng 7'));
    const html = await dev.until('the new notice has its page', async () => {
      const res = await fetch(`${base}thong-bao/${added}/`);
      return res.status === 200 ? res.text() : undefined;
    });
    expect(html).toContain('Lịch trực đường dây nóng tháng 7');
    rmSync(file);
    await dev.until('its page is gone', async () => ((await fetch(`${base}thong-bao/${added}/`)).status === 404 ? true : undefined));
  });
});
