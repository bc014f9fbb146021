/**
 * Search as you type, on the search page only. The Pagefind library and its index are
 * fetched the first time they are needed (focus, typing, or a ?q= in the address), never
 * on other pages. The query is folded to plain Latin letters (src/lib/search-text.ts) so
 * that "duong" finds "đường"; the index holds the text with đ written d, and the excerpt
 * shown has every đ put back, so residents read the notice's own spelling.
 * What is in force comes first: the page searches the current records, then the replaced
 * ones (a filter of each record, src/outputs/search-record.ts), each in Pagefind's order, and a
 * replaced notice is labelled as such.
 * Results are built with DOM nodes (no innerHTML): nothing from the index is parsed as HTML.
 * Its words come from the page (data-strings, from src/i18n/), so it carries none of its own.
 */
import { D_STROKE_META, fold, restoreDStroke } from '../lib/search-text.ts';
import { REPLACED_META, STATE, STATE_FILTER } from '../outputs/search-record.ts';

interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: { title?: string; [D_STROKE_META]?: string; [REPLACED_META]?: string };
}
interface PagefindModule {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 20;

const EXCERPT_WORDS = 30;

/** Excerpt pieces: [text, isMatch][], cut from the original text at Pagefind's positions. */
export function originalExcerpt(data: PagefindResultData): [string, boolean][] {
  const original = restoreDStroke(data.content, data.meta[D_STROKE_META] ?? '');
  // Pagefind's excerpt is HTML: entities-escaped text with <mark> around matches.
  const pieces: [string, boolean][] = [];
  const re = /<mark>(.*?)<\/mark>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(data.excerpt))) pieces.push([decode(m[1] ?? m[2]), m[1] !== undefined]);
  const plain = pieces.map((p) => p[0]).join('');
  const at = data.content.indexOf(plain);
  if (at < 0) {
    return [[original.split(' ').slice(0, EXCERPT_WORDS).join(' ') + ' …', false]];
  }
  let pos = at;
  const out = pieces.map(([text, mark]): [string, boolean] => {
    const piece: [string, boolean] = [original.slice(pos, pos + text.length), mark];
    pos += text.length;
    return piece;
  });
  // Say that the excerpt is cut from a longer text.
  if (at > 0) out.unshift(['… ', false]);
  if (pos < original.length) out.push([' …', false]);
  return out;
}

function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e] ?? _);
}

export function startSearch(): void {
  const input = document.querySelector<HTMLInputElement>('#tim');
  const form = input?.form;
  const box = document.querySelector<HTMLElement>('#ket-qua');
  const status = document.querySelector<HTMLElement>('#trang-thai');
  const list = document.querySelector<HTMLOListElement>('#danh-sach');
  if (!input || !form || !box || !status || !list) return;
  const base = box.dataset.base ?? '/';
  const words = JSON.parse(box.dataset.strings ?? '{}') as Record<'loadFailed' | 'found' | 'notFound', string>;
  const say = (template: string, values: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

  let pagefind: Promise<PagefindModule> | null = null;
  const load = () =>
    (pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindModule>).then(async (pf) => {
      // Record URLs already carry the base path; excerpts a little longer than default.
      await pf.options({ baseUrl: '/', excerptLength: EXCERPT_WORDS });
      await pf.init();
      return pf;
    }));

  let latest = 0;
  async function run(query: string) {
    const ticket = ++latest;
    const q = query.trim();
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!q) {
      box!.hidden = true;
      list!.replaceChildren();
      status!.textContent = '';
      return;
    }
    box!.hidden = false;
    let found: PagefindResultData[];
    try {
      const pf = await load();
      const [current, replaced] = await Promise.all(
        [STATE.current, STATE.replaced].map((state) => pf.search(fold(q), { filters: { [STATE_FILTER]: state } })),
      );
      if (!current || !replaced || ticket !== latest) return; // a newer query superseded this one
      const ranked = [...current.results, ...replaced.results].slice(0, MAX_RESULTS);
      found = await Promise.all(ranked.map((r) => r.data()));
    } catch {
      if (ticket === latest) status!.textContent = words.loadFailed;
      return;
    }
    if (ticket !== latest) return;
    list!.replaceChildren(...found.map(resultItem));
    status!.textContent = say(found.length ? words.found : words.notFound, { count: found.length, query: q });
  }

  let timer: number | undefined;
  input.addEventListener('focus', () => void load().catch(() => {}), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void run(input.value), 150);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void run(input.value);
  });
  const initial = new URL(location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const h = document.createElement('h2');
  const a = document.createElement('a');
  a.href = data.url;
  a.textContent = data.meta.title ?? data.url;
  h.append(a);
  const replaced = data.meta[REPLACED_META];
  if (replaced) {
    // In the heading, so it is read with the title, and in words, not by colour alone.
    const badge = document.createElement('span');
    badge.className = 'badge badge--replaced';
    badge.textContent = replaced;
    h.append(' ', badge);
    li.className = 'search-result--replaced';
  }
  const p = document.createElement('p');
  p.className = 'search-excerpt';
  for (const [text, match] of originalExcerpt(data)) {
    if (match) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      p.append(mark);
    } else p.append(text);
  }
  li.append(h, p);
  return li;
}
