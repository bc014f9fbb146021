/**
 * A second reader of the PDFs, beside poppler (tests/print/): qpdf checks the file's syntax
 * (cross-reference table, object streams, every object parsable), and pdf-lib reads what
 * PDF/UA-1 (ISO 14289-1) asks of a tagged document and poppler does not report: a
 * structure tree and /MarkInfo, the catalog's /Lang, /DisplayDocTitle, each link
 * annotation's text alternative (/Contents) and address, list items made of Lbl/LBody, and
 * every font embedded. Returns the problems found, in words; an empty list is a pass.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFStream, PDFString } from 'pdf-lib';

export interface PdfExpectations {
  /** The site's published address (SITE_URL + BASE_PATH): every link to the site starts with it. */
  published: string;
}

/**
 * `qpdf --check`: its complaints, or none. qpdf exits 0 when clean, 3 when it found only
 * warnings, 2 on errors; `tolerated` lists warnings the caller says are not defects (each
 * with its reason where it is passed).
 */
export function qpdfProblems(file: string, tolerated: RegExp[] = []): string[] {
  const r = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  if (r.error) throw new Error(`qpdf is not installed (Debian: apt-get install qpdf): ${r.error.message}`);
  if (r.status === 0) return [];
  const said = `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => /^(WARNING|ERROR|qpdf:)|error|damaged/i.test(l) && !/operation succeeded with warnings/.test(l));
  const left = r.status === 3 ? said.filter((l) => !tolerated.some((t) => t.test(l))) : said;
  return left.length || r.status !== 3 ? [`qpdf --check (exit ${r.status}): ${(left.length ? left : [r.stdout]).join(' | ')}`] : [];
}

const text = (v: unknown): string | undefined => (v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : undefined);

/** Addresses a published notice may link to: the site itself, and the notice's own phones, mail and https links. */
function linkProblem(uri: string, { published }: PdfExpectations): string | null {
  let u: URL;
  try {
    u = new URL(uri);
  } catch {
    return `a link that is not an address: ${JSON.stringify(uri)}`;
  }
  if (['tel:', 'mailto:'].includes(u.protocol)) return null;
  if (u.protocol !== 'https:') return `a link that is not https: ${uri}`;
  if (/^(127\.|localhost$|\[::1\]$|0\.0\.0\.0$)/.test(u.hostname)) return `a link to the build machine: ${uri}`;
  const site = new URL(published);
  if (u.origin === site.origin && !u.pathname.startsWith(site.pathname)) return `a link to the site outside its base path ${site.pathname}: ${uri}`;
  return null;
}

export async function pdfProblems(file: string, expect: PdfExpectations): Promise<string[]> {
  const problems = qpdfProblems(file);
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const { catalog, context } = doc;

  // Tagged: a structure tree, and /MarkInfo saying so (PDF/UA-1 7.1).
  const root = catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) problems.push('no structure tree (/StructTreeRoot): the PDF is not tagged');
  const marked = catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict)?.get(PDFName.of('Marked'));
  if (marked?.toString() !== 'true') problems.push('/MarkInfo /Marked is not true');
  // The document's language (7.2) and its title shown in the title bar (7.1).
  const lang = text(catalog.get(PDFName.of('Lang')));
  if (!lang || !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(lang)) problems.push(`no valid /Lang in the catalog (${JSON.stringify(lang)})`);
  const display = catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict)?.get(PDFName.of('DisplayDocTitle'));
  if (display?.toString() !== 'true') problems.push('/ViewerPreferences /DisplayDocTitle is not true');
  const info = context.lookup(context.trailerInfo.Info);
  if (!(info instanceof PDFDict) || !text(info.get(PDFName.of('Title')))?.trim()) problems.push('no /Title in the document information');

  // Links (7.18.5): a text alternative, an address a reader may follow, and a place in the structure.
  for (const [i, page] of doc.getPages().entries()) {
    for (const ref of page.node.Annots()?.asArray() ?? []) {
      const annot = context.lookup(ref);
      if (!(annot instanceof PDFDict) || annot.get(PDFName.of('Subtype'))?.toString() !== '/Link') continue;
      const uri = text(annot.lookupMaybe(PDFName.of('A'), PDFDict)?.get(PDFName.of('URI')));
      const where = `page ${i + 1}, link ${uri ?? '(no URI)'}`;
      if (uri === undefined) problems.push(`${where}: no URI action`);
      else {
        const p = linkProblem(uri, expect);
        if (p) problems.push(`${where}: ${p}`);
      }
      if (!text(annot.get(PDFName.of('Contents')))?.trim()) problems.push(`${where}: no text alternative (/Contents)`);
      if (annot.get(PDFName.of('StructParent')) === undefined) problems.push(`${where}: not in the structure tree (/StructParent)`);
    }
  }

  // List items hold Lbl and LBody only (ISO 32000-1, 14.8.4.3.3).
  const seen = new Set<PDFDict>();
  const walk = (node: unknown, depth: number) => {
    const el = node instanceof PDFRef ? context.lookup(node) : node;
    if (!(el instanceof PDFDict) || seen.has(el) || depth > 256) return;
    seen.add(el);
    const k = el.get(PDFName.of('K'));
    const kr = k instanceof PDFRef ? context.lookup(k) : k;
    const kids = kr instanceof PDFArray ? kr.asArray() : kr === undefined ? [] : [k];
    const type = el.get(PDFName.of('S'))?.toString();
    if (type === '/LI') {
      const wrong = kids.map((c) => ((c instanceof PDFRef ? context.lookup(c) : c) as PDFDict | undefined)?.get?.(PDFName.of('S'))?.toString() ?? 'content').filter((s) => s !== '/Lbl' && s !== '/LBody');
      if (wrong.length) problems.push(`a list item (LI) holds ${[...new Set(wrong)].join(', ')} instead of Lbl/LBody`);
    }
    for (const c of kids) walk(c, depth + 1);
  };
  if (root) walk(root, 0);

  // Every font embedded (7.21.4.1): each font descriptor has its font program.
  for (const [ref, obj] of context.enumerateIndirectObjects()) {
    const dict = obj instanceof PDFDict ? obj : obj instanceof PDFStream ? obj.dict : null;
    if (!dict || dict.get(PDFName.of('Type'))?.toString() !== '/Font') continue;
    const subtype = dict.get(PDFName.of('Subtype'))?.toString();
    if (subtype === '/Type0' || subtype === '/Type3') continue; // their descendant fonts / glyph procedures carry the program
    const name = dict.get(PDFName.of('BaseFont'))?.toString() ?? ref.toString();
    const fd = dict.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
    if (!fd || !['FontFile', 'FontFile2', 'FontFile3'].some((k) => fd.get(PDFName.of(k)))) problems.push(`font ${name} is not embedded`);
  }
  return problems;
}
