/**
 * Writing a form's data back into an existing YAML file with the smallest change: what the
 * data leaves as it was keeps its bytes (comments, quoting, `>-` wrapping, blank lines, key
 * order, line ends); what changes, and what is new, is written in the canonical style.
 *
 * The file is parsed into a yaml Document (YAML 1.2), which says where every node is in the
 * source, and the data is compared with it node by node. The result is then made by
 * splicing the source at those places, not by `Document.setIn()` + `toString()`: printing a
 * Document reprints every node, and the library's printer re-wraps every untouched `>-`
 * text at its own width and moves comments (see canonical.ts), so one changed phone number
 * would rewrite dozens of lines. Every spliced value comes from the library's stringifier
 * through canonical.ts, and the result is parsed again and compared with the data before
 * it is returned.
 *
 * Pure: no file system, so the CMS can run it in the browser.
 */
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { isPlainObject, prune, sameData, type FieldPath, type Layout } from './data.ts';
import { UnsupportedYamlError, entryLines, newYaml, pairHead, withComment } from './canonical.ts';
import { colonOffset, contentEnd, readSource, seqDashes, type SourceModel } from './source.ts';
import { NOTICE_LAYOUT } from './notice-layout.ts';

interface Edit {
  from: number;
  to: number;
  text: string;
}

interface Updater {
  model: SourceModel;
  layout: Layout;
  edits: Edit[];
}

/** Where an entry's value is: after the head (`key:` or `-`) up to the end of its last line. */
interface Slot {
  node: Node | null;
  headEnd: number;
  /** Column of the key or dash. */
  col: number;
  key: string | null;
  end: number;
}

/** An entry of a mapping, in file order, for placing new keys among them. */
interface Place {
  key: string;
  rank: number;
  start: number;
  end: number;
  existing: boolean;
}

// ---------------------------------------------------------------------------------------
// Positions in the source

const lineStartOf = (u: Updater, offset: number) => u.model.lineStart(u.model.lineOf(offset));
const columnOf = (u: Updater, offset: number) => offset - lineStartOf(u, offset);
const atLineStart = (u: Updater, offset: number) => u.model.source.slice(lineStartOf(u, offset), offset).trim() === '';
/** Offset just after the line end of the line where content ending at `offset` ends. */
const lineEndAfter = (u: Updater, offset: number) => u.model.lineStart(u.model.lineOf(Math.max(0, offset - 1)) + 1);

const keyText = (pair: Pair) => String((pair.key as { value?: unknown }).value);
const keyOffset = (pair: Pair) => (pair.key as Node).range![0];
const toJS = (u: Updater, node: Node | null) => (node === null ? null : isScalar(node) ? node.value : node.toJS(u.model.doc));

function pairSlot(u: Updater, pair: Pair<Node, Node | null>): Slot {
  const colon = colonOffset(pair);
  const end = Math.max(contentEnd(pair.key, u.model.source), colon + 1, contentEnd(pair.value, u.model.source));
  return { node: pair.value, headEnd: colon + 1, col: columnOf(u, keyOffset(pair)), key: keyText(pair), end: lineEndAfter(u, end) };
}

function itemSlot(u: Updater, seq: YAMLSeq<Node | null>, i: number): Slot {
  const dash = seqDashes(seq)[i];
  const end = Math.max(dash + 1, contentEnd(seq.items[i], u.model.source));
  return { node: seq.items[i], headEnd: dash + 1, col: columnOf(u, dash), key: null, end: lineEndAfter(u, end) };
}

/** The start of an entry's line, or of the comment lines right above it at its indentation. */
function attachedStart(u: Updater, offset: number): number {
  const { kind, lines } = u.model;
  const col = columnOf(u, offset);
  let line = u.model.lineOf(offset);
  while (line > 0 && kind[line - 1] === 'comment' && indentOf(lines[line - 1]) === col) line--;
  return u.model.lineStart(line);
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/**
 * `end` moved past the comment lines after it that are indented deeper than `col` (blank
 * lines between them included): by their indentation they belong to the entry above.
 */
function pastInnerComments(u: Updater, end: number, col: number): number {
  const { kind, lines } = u.model;
  let after = u.model.lineOf(end);
  if (end >= u.model.source.length) return end;
  for (let line = after; line < lines.length && (kind[line] === 'blank' || (kind[line] === 'comment' && indentOf(lines[line]) > col)); line++) {
    if (kind[line] === 'comment') after = line + 1;
  }
  return u.model.lineStart(after);
}

/**
 * The indentation of the comment line that will directly follow text ending at `end`, if
 * the next line that is not blank is a comment: a block text written there must not be
 * indented as deep (it would take the comment in as text).
 */
function commentAfter(u: Updater, end: number): number | undefined {
  const { kind, lines } = u.model;
  for (let line = end >= u.model.source.length ? lines.length : u.model.lineOf(end); line < lines.length; line++) {
    if (kind[line] === 'comment') return indentOf(lines[line]);
    if (kind[line] !== 'blank') return undefined;
  }
  return undefined;
}

/** Removes whole lines; a blank line before them goes too when one remains after them. */
function removeLines(u: Updater, from: number, to: number) {
  const { kind } = u.model;
  const line = u.model.lineOf(from);
  const blankAfter = to >= u.model.source.length || kind[u.model.lineOf(to)] === 'blank';
  if (line > 0 && kind[line - 1] === 'blank' && blankAfter) from = u.model.lineStart(line - 1);
  u.edits.push({ from, to, text: '' });
}

// ---------------------------------------------------------------------------------------
// Comparing and editing

/**
 * A key the file writes with no value (`sequence:`, often with a comment saying why): kept
 * while the data is empty too. A form hands no value for it at all, and the file's bytes
 * must not change for a field nobody touched.
 */
function keptEmpty(_u: Updater, pair: Pair<Node, Node | null>): boolean {
  const v = pair.value;
  return v === null || (isScalar(v) && v.value === null && contentEnd(v, _u.model.source) === 0);
}

function editValue(u: Updater, slot: Slot, value: unknown, path: FieldPath) {
  const old = slot.node;
  const keys = isMap(old) ? (old.items as Pair[]).map(keyText) : [];
  // A list item's mapping with none of its keys left is rewritten whole: its first key
  // shares the dash line, which line-wise removal could not leave behind.
  if (isMap(old) && !old.flow && isPlainObject(value) && (atLineStart(u, keyOffset(old.items[0] as Pair)) || keys.some((k) => Object.hasOwn(value, k)))) {
    return editMap(u, old as YAMLMap<Node, Node | null>, value, path);
  }
  if (isSeq(old) && !old.flow && Array.isArray(value) && atLineStart(u, seqDashes(old)[0])) {
    return editSeq(u, old as YAMLSeq<Node | null>, value, path);
  }
  if (sameData(toJS(u, old), value)) return;
  replaceValue(u, slot, value, path);
}

/** The value after the head, written anew; comments in its old lines are kept. */
function replaceValue(u: Updater, slot: Slot, value: unknown, path: FieldPath) {
  const { source, comments, lines: sourceLines } = u.model;
  const headLine = u.model.lineOf(slot.headEnd - 1);
  const head = source.slice(u.model.lineStart(headLine), slot.headEnd);
  const inside = comments.filter((c) => c.offset >= slot.headEnd && c.offset < slot.end);
  const onHead = inside.find((c) => c.line === headLine);
  const others = inside.filter((c) => c !== onHead).map((c) => (c.ownLine ? sourceLines[c.line].trimEnd() : ' '.repeat(slot.col) + c.text));
  const next = others.length ? indentOf(others[0]) : commentAfter(u, slot.end);
  const [first, ...rest] = entryLines(value, head, slot.key, slot.col, path, u.layout, next);
  const text = [withComment(first, onHead).slice(head.length), ...rest, ...others].join('\n');
  u.edits.push({ from: slot.headEnd, to: slot.end, text: `${text}\n` });
}

function editMap(u: Updater, map: YAMLMap<Node, Node | null>, data: Record<string, unknown>, path: FieldPath) {
  const top = path.length === 0;
  const order = u.layout.keyOrder?.(path) ?? [];
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : Number.POSITIVE_INFINITY);
  const startsSection = (key: string, previous: string) => top && (u.layout.startsSection?.(key, previous) ?? true);
  const pairs = map.items as Pair<Node, Node | null>[];
  const col = columnOf(u, keyOffset(pairs[0]));
  const kept = (p: Pair<Node, Node | null>) => Object.hasOwn(data, keyText(p)) || keptEmpty(u, p);

  const places: Place[] = [];
  let skipUntil = -1;
  pairs.forEach((pair, i) => {
    const slot = pairSlot(u, pair);
    places.push({ key: slot.key!, rank: rank(slot.key!), start: keyOffset(pair), end: slot.end, existing: true });
    if (i <= skipUntil) return;
    if (!kept(pair)) {
      // Comment lines indented under the entry go with it (left behind, they could even
      // become part of a block text above).
      if (atLineStart(u, keyOffset(pair))) return removeLines(u, attachedStart(u, keyOffset(pair)), pastInnerComments(u, slot.end, col));
      // The first key of a list item: the next kept key moves up onto the dash line.
      const next = pairs.findIndex((p, j) => j > i && kept(p));
      if (next < 0) throw new Error('A list item would be left with no keys.');
      u.edits.push({ from: keyOffset(pair), to: keyOffset(pairs[next]), text: '' });
      skipUntil = next - 1;
      return;
    }
    if (Object.hasOwn(data, slot.key!)) editValue(u, slot, data[slot.key!], [...path, slot.key!]);
  });

  const missing = Object.keys(data).filter((k) => !pairs.some((p) => keyText(p) === k));
  missing.sort((a, b) => rank(a) - rank(b));
  for (const key of missing) {
    const r = rank(key);
    const render = (at: number) => entryLines(data[key], pairHead(key, col), key, col, [...path, key], u.layout, commentAfter(u, at));
    let prev = -1;
    places.forEach((p, i) => {
      if (p.rank < r || r === Number.POSITIVE_INFINITY) prev = i;
    });
    const before = places[prev];
    const after = places[prev + 1];
    let at: number;
    let text: string;
    if (!before) {
      if (atLineStart(u, after.start)) {
        at = attachedStart(u, after.start);
        text = `${render(at).join('\n')}\n${startsSection(after.key, key) ? '\n' : ''}`;
      } else {
        // Before the first key of a list item: the new key takes the dash line.
        at = after.start;
        text = `${render(at).join('\n').slice(col)}\n${' '.repeat(col)}`;
      }
    } else if (after?.existing && !startsSection(after.key, key) && top && onlyBlankBetween(u, before.end, after.start)) {
      // A key that belongs with the next one (place before date) goes right above it.
      at = lineStartOf(u, after.start);
      text = `${render(at).join('\n')}\n`;
    } else {
      at = pastInnerComments(u, before.end, col);
      text = `${startsSection(key, before.key) ? '\n' : ''}${render(at).join('\n')}\n`;
    }
    u.edits.push({ from: at, to: at, text });
    places.splice(prev + 1, 0, { key, rank: r, start: at, end: at, existing: false });
  }
}

function onlyBlankBetween(u: Updater, from: number, to: number): boolean {
  for (let l = u.model.lineOf(from); l < u.model.lineOf(to); l++) if (u.model.kind[l] !== 'blank') return false;
  return true;
}

function editSeq(u: Updater, seq: YAMLSeq<Node | null>, items: unknown[], path: FieldPath) {
  const dashes = seqDashes(seq);
  const col = columnOf(u, dashes[0]);
  const olds = seq.items.map((n) => toJS(u, n));
  let lastEnd: number | undefined;
  for (const op of align(olds, items)) {
    if (op.old === undefined) {
      const at = lastEnd ?? attachedStart(u, dashes[0]);
      const lines = entryLines(items[op.new!], `${' '.repeat(col)}-`, null, col, [...path, op.new!], u.layout, commentAfter(u, at));
      u.edits.push({ from: at, to: at, text: `${lines.join('\n')}\n` });
      continue;
    }
    const slot = itemSlot(u, seq, op.old);
    if (op.new === undefined) removeLines(u, attachedStart(u, dashes[op.old]), pastInnerComments(u, slot.end, col));
    else editValue(u, slot, items[op.new], [...path, op.new]);
    lastEnd = pastInnerComments(u, slot.end, col);
  }
}

/**
 * Pairs old and new list items: equal items (the longest common run, in order) stay
 * untouched; between them, old and new items pair up in order and are edited, and what
 * is left over is removed or added. So adding, removing or editing one item touches
 * only that item.
 */
function align(olds: unknown[], news: unknown[]): { old?: number; new?: number }[] {
  const n = olds.length;
  const m = news.length;
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = sameData(olds[i], news[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const ops: { old?: number; new?: number }[] = [];
  let i = 0;
  let j = 0;
  const run = (toI: number, toJ: number) => {
    while (i < toI && j < toJ) ops.push({ old: i++, new: j++ });
    while (i < toI) ops.push({ old: i++ });
    while (j < toJ) ops.push({ new: j++ });
  };
  let a = 0;
  let b = 0;
  while (a < n && b < m) {
    if (sameData(olds[a], news[b]) && lcs[a][b] === lcs[a + 1][b + 1] + 1) {
      run(a, b);
      ops.push({ old: i++, new: j++ });
      a++;
      b++;
    } else if (lcs[a + 1][b] >= lcs[a][b + 1]) a++;
    else b++;
  }
  run(n, m);
  return ops;
}

function applyEdits(source: string, edits: Edit[]): string {
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const sorted = edits.map((e, i) => ({ ...e, i })).sort((x, y) => x.from - y.from || x.to - y.to || x.i - y.i);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.from < pos) throw new Error('Overlapping edits (a bug in update.ts).');
    out += source.slice(pos, e.from) + e.text.replace(/\n/g, eol);
    pos = e.to;
  }
  return out + source.slice(pos);
}

// ---------------------------------------------------------------------------------------
// Public

/**
 * `source` with `data` applied, changing only what differs. Empty values in the data
 * (undefined, null, '', empty lists and mappings) remove their key; new keys go where the
 * layout's key order puts them. Throws YamlSyntaxError when `source` is not valid YAML,
 * UnsupportedYamlError when it is not a mapping of fields.
 */
export function updateYaml(source: string, data: unknown, layout: Layout = {}): string {
  const value = prune(data) ?? {};
  if (!isPlainObject(value)) throw new TypeError('The data must be a plain object of fields.');
  // Content added at the very end needs the last line to be ended.
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const text = source === '' || source.endsWith('\n') ? source : source + eol;
  const model = readSource(text);
  const root = model.doc.contents;
  let result: string;
  if (root === null || (isScalar(root) && root.value === null)) {
    // Only comments so far: the data goes after them.
    const body = newYaml(value, layout);
    result = text.trim() ? `${text.trimEnd()}${eol}${eol}${body.replace(/\n/g, eol)}` : body.replace(/\n/g, eol);
  } else {
    if (!isMap(root) || root.flow) throw new UnsupportedYamlError('The file is not a mapping of fields.');
    const u: Updater = { model, layout, edits: [] };
    editMap(u, root as YAMLMap<Node, Node | null>, value, []);
    result = applyEdits(text, u.edits);
  }
  const written = prune(readSource(result).doc.toJS()) ?? {};
  if (!sameData(written, value)) throw new Error('The updated file would not hold the data (a bug in update.ts); nothing was written.');
  return result;
}

/** A notice file with the form's data applied: updateYaml with the notice schema's key order. */
export function updateNoticeYaml(source: string, data: unknown): string {
  return updateYaml(source, data, NOTICE_LAYOUT);
}
