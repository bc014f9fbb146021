/**
 * The official text's markup (src/components/document-html.ts): every text escaped, links
 * only where the model puts them, and the structure the print stylesheet lays out.
 */
import { describe, expect, it } from 'vitest';
import { parse, walkSync, ELEMENT_NODE, TEXT_NODE, type Node as HtmlNode } from 'ultrahtml';
import { documentHtml, escape } from '../../src/components/document-html.ts';
import { buildNoticeView } from '../../src/model/notice.ts';
import { translator } from '../../src/i18n/index.ts';
import { links } from '../../src/lib/urls.ts';
import type { Notice } from '../../src/schema/notice.ts';
import { SEED_YAML } from '../support/paths.ts';
import { viewOf } from '../support/views.ts';

const seed = viewOf(SEED_YAML).notice;
const html = (change: Partial<Notice> = {}) =>
  documentHtml(buildNoticeView('x', { ...seed, ...change } as Notice, translator('vi'), links('https://example.test', '/')).document);

function elements(markup: string, name: string): HtmlNode[] {
  const out: HtmlNode[] = [];
  walkSync(parse(markup), (n) => {
    if (n.type === ELEMENT_NODE && n.name === name) out.push(n);
  });
  return out;
}
const text = (n: HtmlNode): string => (n.children ?? []).map((c: HtmlNode) => (c.type === TEXT_NODE ? c.value : text(c))).join('');

describe('the official text as markup', () => {
  it('escapes markup characters in every text', () => {
    expect(escape(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
    const out = html({ subject: 'Thử </p><script>alert(1)</script> & "x"', closing: '<b>đậm</b> ./.' });
    expect(elements(out, 'script')).toEqual([]);
    expect(elements(out, 'b')).toEqual([]);
    expect(out).toContain('Thử &lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
  });

  it('links each hotline number to its tel: address and nothing else of the text', () => {
    const hrefs = elements(html(), 'a').map((a) => (a.attributes as Record<string, string>).href);
    expect(hrefs).toEqual(['tel:+84934336639', 'tel:+84969661341', 'https://www.facebook.com/haiphongdofa?locale=vi_VN']);
  });

  it('numbers its sections and ends with the closing, recipients and signer', () => {
    const out = html();
    expect(elements(out, 'h2').map(text).map((t) => t.split('.')[0])).toEqual(['1', '2', '3', '4', '5']);
    const lis = elements(out, 'li').map(text);
    expect(lis.at(-1)).toBe('Lưu: VT.');
    expect(text(elements(out, 'time')[0]!)).toMatch(/^Hải Phòng, ngày\s+tháng 5 năm 2026$/);
    expect(out).toContain('<p class="doc-signer__name">Trần Thị Quỳnh Trang</p>');
  });
});
