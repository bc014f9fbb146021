/**
 * A small notice PDF to sign, printed by the real Chromium (as the site's print pipeline
 * does), so the verifier meets the PDF structure it will meet in production, and its text
 * check reads the number and date lines a real notice prints.
 */
import { connectBrowser } from '../browser.ts';

export const SAMPLE = {
  number: '15/TB-NV',
  date: '2026-05-15',
  signerName: 'Trần Thị Quỳnh Trang',
  issuerName: 'Sở Ngoại vụ thành phố Hải Phòng',
} as const;

/** `numberLine`/`dateLine`: replace that line of the heading; an empty string leaves it out. */
export function sampleHtml(opts: { numberLine?: string; dateLine?: string } = {}): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Thông báo số ${SAMPLE.number}</title>
<style>@page { size: A4; margin: 20mm 15mm 20mm 30mm } body { font: 13pt/1.4 serif } .c { text-align: center }</style>
</head><body>
<p class="c">UBND THÀNH PHỐ HẢI PHÒNG<br><b>SỞ NGOẠI VỤ</b></p>
${line(opts.numberLine ?? `Số: ${SAMPLE.number}`)}
${line(opts.dateLine ?? 'Hải Phòng, ngày 15 tháng 5 năm 2026', true)}
<h1 class="c">THÔNG BÁO</h1>
<h2 class="c">Số điện thoại đường dây nóng tiếp nhận thông tin phản ánh, kiến nghị</h2>
<p>Sở Ngoại vụ Hải Phòng thông báo thiết lập đường dây nóng như sau: ông Đỗ Quang Minh, Chánh Văn phòng, điện thoại 0934.336.639.</p>
<p style="margin-left: 60%">GIÁM ĐỐC<br><br><b>Trần Thị Quỳnh Trang</b></p>
</body></html>`;
}

const line = (text: string, italic = false) => (text ? `<p class="c">${italic ? `<i>${text}</i>` : text}</p>` : '');

/** Prints each page of HTML to an A4 PDF the way the build does (tagged, with an outline), in one browser. */
export async function printPdfs(htmls: string[]): Promise<Uint8Array[]> {
  const browser = await connectBrowser();
  try {
    const out: Uint8Array[] = [];
    for (const html of htmls) {
      const page = await browser.newPage({ javaScriptEnabled: false });
      await page.setContent(html);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      out.push(new Uint8Array(await page.pdf({ format: 'A4', tagged: true, outline: true, preferCSSPageSize: true })));
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}
