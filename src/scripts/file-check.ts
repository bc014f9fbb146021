/**
 * The file check, on /kiem-tra-tep/ only: the resident picks a file, or drops it anywhere
 * on the page; the browser computes its SHA-256 (Web Crypto) and looks for it among the
 * published files this page lists (src/outputs/published-files.ts). Everything it compares
 * with is already in the page, so checking a file makes no request at all: the file and
 * its hash stay on the device.
 *
 * The answer is built from the page's own nodes (the notice's facts and links are cloned
 * from its entry in the list) and words (data-strings, from src/i18n/); the file's name is
 * set as text, never parsed as HTML.
 */

interface Strings {
  working: string;
  noCrypto: string;
  readFailed: string;
  none: string;
  noneAdvice: string;
  generatedChanges: string;
  generatedNote: string;
  replacedNote: string;
  provesNot: string;
  of: string;
  yourFile: string;
  kinds: Record<string, string>;
}

const hex = (buf: ArrayBuffer) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');

function paragraph(text: string, className?: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  if (className) p.className = className;
  return p;
}

/** A clone of a node of the page without its ids (the original keeps them). */
function cloneWithoutIds<T extends Element>(node: T): T {
  const copy = node.cloneNode(true) as T;
  copy.removeAttribute('id');
  for (const el of copy.querySelectorAll('[id]')) el.removeAttribute('id');
  return copy;
}

/** Every published file the page lists, by its SHA-256 (a file may be listed more than once). */
function publishedFiles(): Map<string, HTMLElement[]> {
  const byHash = new Map<string, HTMLElement[]>();
  for (const item of document.querySelectorAll<HTMLElement>('.published-file')) {
    const hash = item.querySelector('.published-file__hash')?.textContent?.trim().toLowerCase() ?? '';
    if (/^[0-9a-f]{64}$/.test(hash)) byHash.set(hash, [...(byHash.get(hash) ?? []), item]);
  }
  return byHash;
}

/** What the page says about one published file that matched: which file, of which notice, and what it means. */
function matchNodes(item: HTMLElement, s: Strings): Node[] {
  const kind = item.dataset.kind ?? '';
  const entry = item.closest<HTMLElement>('.published-notice');
  const nodes: Node[] = [];
  const file = item.querySelector('a');
  if (file) {
    const p = document.createElement('p');
    p.className = 'file-check__file';
    p.append(cloneWithoutIds(file));
    nodes.push(p);
  }
  if (entry) {
    const heading = entry.querySelector('h3 a');
    const of = paragraph(`${s.of} `, 'file-check__of');
    if (heading) of.append(cloneWithoutIds(heading));
    nodes.push(of);
    const about = entry.querySelector('.published-notice__about');
    if (about) nodes.push(cloneWithoutIds(about));
  }
  if (kind === 'generated-pdf') nodes.push(paragraph(s.generatedNote));
  if (kind === 'signed-original') nodes.push(paragraph(s.provesNot));
  return nodes;
}

export function startFileCheck(): void {
  const root = document.getElementById('kiem-tra');
  const input = document.getElementById('tep');
  const status = document.getElementById('trang-thai-tep');
  const result = document.getElementById('ket-qua-tep');
  if (!root || !(input instanceof HTMLInputElement) || !status || !result) return;
  const s = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const published = publishedFiles();
  const zone = root.querySelector<HTMLElement>('.file-check__zone');
  let latest = 0;

  const show = (name: string, hash: string) => {
    const matches = published.get(hash) ?? [];
    const verdict = matches[0]?.dataset.kind ?? 'none';
    // Whether the file's notice was replaced is said at once, with the verdict.
    const replaced = matches.some((m) => m.closest('.published-notice')?.querySelector('[data-state="replaced"]'));
    status.textContent = verdict === 'none' ? s.none : `${s.kinds[verdict] ?? s.none}${replaced ? ` ${s.replacedNote}` : ''}`;
    result.dataset.verdict = verdict;
    result.toggleAttribute('data-replaced', Boolean(replaced));
    const nodes: Node[] = matches.flatMap((m) => matchNodes(m, s));
    if (!matches.length) nodes.push(paragraph(s.noneAdvice, 'file-check__warning'), paragraph(s.generatedChanges));
    const yours = paragraph(`${s.yourFile.replace('{name}', name)} `, 'file-check__yours');
    const code = document.createElement('code');
    code.textContent = hash;
    yours.append(code);
    nodes.push(yours);
    result.replaceChildren(...nodes);
    result.hidden = false;
  };

  const check = async (file: File) => {
    const run = ++latest;
    result.hidden = true;
    result.replaceChildren();
    status.textContent = s.working;
    if (!globalThis.crypto?.subtle) {
      status.textContent = s.noCrypto;
      return;
    }
    let hash: string;
    try {
      hash = hex(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()));
    } catch {
      if (run === latest) status.textContent = s.readFailed;
      return;
    }
    if (run === latest) show(file.name, hash);
  };

  root.hidden = false;
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void check(file);
  });
  // A file dropped anywhere on the page is checked (the browser would otherwise open it).
  document.addEventListener('dragover', (e) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    zone?.classList.add('is-over');
  });
  document.addEventListener('dragleave', (e) => {
    if (e.relatedTarget === null) zone?.classList.remove('is-over');
  });
  document.addEventListener('drop', (e) => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    zone?.classList.remove('is-over');
    void check(file);
  });
}
