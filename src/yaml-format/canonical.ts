/**
 * The one canonical style of our YAML files, used for every value the program writes:
 * new files, new or changed values in an existing file (update.ts), and `npm run format`.
 *
 *  - Block style only, 2-space indentation; a list sits 2 spaces under its key (`  - `),
 *    and a list item that is a mapping has its first key on the dash line.
 *  - Text is plain when YAML reads it back as the same text, both as YAML 1.2 (our parser,
 *    the editors) and as YAML 1.1 (older tools, where `yes`, `08:00` and `2026-05-15` are
 *    not text). Otherwise it is double-quoted, and so is always the text of keys `phone`
 *    and `date`, and text with leading or trailing spaces, tabs or control characters.
 *    Text that would make its line longer than LINE_WIDTH is folded with `>-` at spaces
 *    (a word or address longer than the width stays whole); text with line breaks is a
 *    literal block (`|-`). Numbers, true/false as YAML writes them; an empty value empty.
 *  - Blank lines: one before each top-level key, except keys the layout keeps with the
 *    one before (notices: place+date, documentType+subject, recipients+archive); none
 *    elsewhere, except blank lines written around comments, which stay (at most one).
 *  - Comments stay where they were written: a comment on its own line keeps its line,
 *    text and column; a comment after content keeps its column when the content still
 *    ends before it, else follows it after one space.
 *  - LF line ends, no byte-order mark, one newline at the end.
 *
 * Why not simply `Document.toString()`: the yaml library's Document model hangs each
 * comment on a neighbouring node, so printing it moves comments. Comment lines after an
 * empty value (`phone:` in the template) are re-indented under it, a comment block before
 * a top-level key becomes part of the previous list item, a comment after `opening:` moves
 * to the next line, and the spaces aligning `sequence:        # …` are dropped. So this
 * module lays out mappings and lists itself (that part is simple: indentation, keys,
 * dashes), puts each comment back on its own line from the source positions (source.ts),
 * and leaves every scalar, the hard part (quoting, escaping, folding), to the library's
 * stringifier: each scalar is printed alone in a one-key document, at the line width it
 * has in its real place, and read back before it is used.
 */
import { Document, Scalar, YAMLMap, isAlias, isMap, isScalar, isSeq, parse, type Node, type Pair, type ToStringOptions, type YAMLSeq } from 'yaml';
import { orderKeys, prune, sameData, type FieldPath, type Layout } from './data.ts';
import { contentEnd, readSource, seqDashes, type Comment, type SourceModel } from './source.ts';
import { NOTICE_LAYOUT, NOTICE_SCHEMA_COMMENT } from './notice-layout.ts';

/** Line width for folded text, indentation included. The seed's text is wrapped near it. */
export const LINE_WIDTH = 88;
const INDENT = 2;
/** Keys whose text is always double-quoted: a phone number or date must never read as a number. */
const QUOTED_KEYS = new Set(['phone', 'date']);

const STRINGIFY: ToStringOptions = {
  indent: INDENT,
  indentSeq: true,
  singleQuote: false,
  blockQuote: true,
  defaultStringType: 'PLAIN',
  defaultKeyType: 'PLAIN',
  nullStr: '',
};

/** Something in the file the canonical style has no form for (an alias, a complex key). */
export class UnsupportedYamlError extends Error {
  name = 'UnsupportedYamlError';
}

// ---------------------------------------------------------------------------------------
// Scalars

/** `key: <value>` printed by the library; returns what follows `k:`, as lines. */
function fragment(scalar: Scalar, lineWidth: number): string[] {
  const doc = new Document({ k: null }, { version: '1.2' });
  (doc.contents as YAMLMap<unknown, unknown>).items[0].value = scalar;
  const text = doc.toString({ ...STRINGIFY, lineWidth });
  return text.slice('k:'.length, text.endsWith('\n') ? -1 : undefined).split('\n');
}

function readBack(lines: string[], version: '1.1' | '1.2'): unknown {
  try {
    return (parse(`k:${lines.join('\n')}`, { version }) as { k?: unknown } | null)?.k;
  } catch {
    return undefined;
  }
}

/** Continuation lines move from the fragment's column 0 to the value's real column. */
const shift = (lines: string[], col: number) => lines.map((l, i) => (i === 0 || l === '' ? l : ' '.repeat(col) + l));

/** Width as a reader sees it: decomposed Vietnamese (NFD) takes no more room than precomposed. */
const widthOf = (s: string) => s.normalize('NFC').length;

/**
 * A scalar written after a head (`key:` or `-`) of `head` characters, whose key or dash is
 * at column `col` (block content goes at col + 2). Returns the rest of the head line
 * (empty for an empty value, else starting with a space), then any further lines.
 */
function scalarLines(value: unknown, key: string | null, head: number, col: number, blocks = true): string[] {
  if (value === null || value === undefined) return [''];
  if (typeof value !== 'string') return fragment(new Scalar(value), 0);
  const attempt = (type: Scalar.Type, lineWidth: number) => {
    const s = new Scalar(value);
    s.type = type;
    const lines = fragment(s, lineWidth);
    return readBack(lines, '1.2') === value ? lines : undefined;
  };
  // Escapes make every string exact; the library checks it reads back (a JSON string is YAML).
  const quoted = () => attempt(Scalar.QUOTE_DOUBLE, 0) ?? [` ${JSON.stringify(value)}`];
  const width = LINE_WIDTH - col;

  // Invisible characters stay visible as escapes; a block would keep trailing spaces that
  // an editor set to trim them would silently delete.
  if ((key !== null && QUOTED_KEYS.has(key)) || /^\s|\s$|[ \t]\n|[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(value)) {
    return quoted();
  }
  if (value.includes('\n')) return blocks ? shift(attempt(Scalar.BLOCK_LITERAL, width) ?? quoted(), col) : quoted();
  // PLAIN lets the library fall back to double quotes when plain cannot be read back
  // (": ", " #", a leading indicator, a 1.2 number or boolean…).
  const plain = attempt(Scalar.PLAIN, 0);
  const oneLine = plain ?? quoted();
  if (blocks && head + widthOf(oneLine[0]) > LINE_WIDTH && /\S \S/.test(value)) {
    const folded = attempt(Scalar.BLOCK_FOLDED, width);
    if (folded?.[0].startsWith(' >')) return shift(folded, col);
  }
  if (plain && (plain[0].startsWith(' "') || readBack(plain, '1.1') === value)) return plain;
  return quoted();
}

/** A key as written before its colon. */
function keyText(key: unknown): string {
  if (typeof key === 'number' || typeof key === 'boolean') return String(key);
  if (typeof key !== 'string') throw new UnsupportedYamlError('a key that is not text');
  const plain = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) && parse(key, { version: '1.2' }) === key && parse(key, { version: '1.1' }) === key;
  return plain ? key : JSON.stringify(key);
}

function keyOf(pair: Pair<unknown, unknown>): unknown {
  if (!isScalar(pair.key) || pair.key.value === null) throw new UnsupportedYamlError('a key that is not text');
  return pair.key.value;
}

// ---------------------------------------------------------------------------------------
// Mappings and lists

/** The state of one printing: the lines so far and, for a parsed file, how far its lines are used. */
interface Printer {
  layout: Layout;
  out: string[];
  /** The parsed file whose comments and blank lines are carried over; absent for new data. */
  model?: SourceModel;
  /** Last source line already accounted for. */
  cursor: number;
  /** Trailing comments already placed. */
  placed: Set<Comment>;
  /** No block text (`>-`, `|`) at all: for text that a comment line will directly follow. */
  noBlocks?: boolean;
  /** When the last line printed is block text: the column of its content. */
  blockColumn?: number;
}

const lineOfNode = (p: Printer, node: Node | null | undefined) => (p.model && node?.range ? p.model.lineOf(node.range[0]) : undefined);

/**
 * The source lines between the last one used and `upto` that are comments or blank:
 * comments are printed as written, blank lines at most one in a row. `section`: the
 * entry that follows starts a top-level section, so a blank line comes before it, or
 * before the comment lines right above it at column 0 (a blank line already written
 * among the comments is taken as the separator).
 */
function gap(p: Printer, upto: number | undefined, section: boolean) {
  const entries: (string | null)[] = [];
  if (p.model && upto !== undefined) {
    for (let l = p.cursor + 1; l < upto; l++) {
      const kind = p.model.kind[l];
      if (kind === 'blank') entries.push(null);
      else if (kind === 'comment') entries.push(p.model.lines[l].trimEnd());
      else {
        // A content line between entries (`---`, `...`): only a comment after it is kept.
        const c = p.model.trailing.get(l);
        if (c && !p.placed.has(c)) (p.placed.add(c), entries.push(' '.repeat(c.col) + c.text));
      }
    }
    p.cursor = Math.max(p.cursor, upto - 1);
  }
  if (!entries.some((e) => e !== null)) {
    if (section) (p.out.push(''), (p.blockColumn = undefined));
    return;
  }
  if (section && !entries.includes(null)) {
    let attached = entries.length;
    while (attached > 0 && !/^\s/.test(entries[attached - 1]!)) attached--;
    entries.splice(attached, 0, null);
  }
  p.blockColumn = undefined;
  let blank = p.out.length === 0 || p.out[p.out.length - 1] === '';
  for (const e of entries) {
    if (e !== null) (p.out.push(e), (blank = false));
    else if (!blank) (p.out.push(''), (blank = true));
  }
}

/** Comments written after content on lines `from`..`to` of the source, not yet placed. */
function trailingOn(p: Printer, from: number | undefined, to: number | undefined): Comment[] {
  if (!p.model || from === undefined) return [];
  const out: Comment[] = [];
  for (let l = from; l <= (to ?? from); l++) {
    const c = p.model.trailing.get(l);
    if (c && !p.placed.has(c)) (p.placed.add(c), out.push(c));
  }
  return out;
}

/** A comment after content keeps its column if the content ends before it. */
export const withComment = (text: string, c: Comment | undefined) => (c ? text + ' '.repeat(Math.max(1, c.col - text.length)) + c.text : text);

function printMap(p: Printer, map: YAMLMap<unknown, unknown>, col: number, path: FieldPath, firstHead?: string) {
  let previous: string | undefined;
  map.items.forEach((pair, i) => {
    const key = keyOf(pair);
    const line = lineOfNode(p, pair.key as Node);
    let head = ' '.repeat(col);
    if (i === 0 && firstHead !== undefined) head = firstHead;
    else gap(p, line, path.length === 0 && previous !== undefined && (p.layout.startsSection?.(String(key), previous) ?? true));
    head += `${keyText(key)}:`;
    printValue(p, pair.value as Node | null, head, String(key), col, [...path, String(key)], line);
    previous = String(key);
  });
}

function printSeq(p: Printer, seq: YAMLSeq<unknown>, col: number, path: FieldPath, firstHead?: string) {
  // A flow list ([a, b]) has no dashes; it is printed as a block list all the same.
  const dashes = p.model && !seq.flow ? seqDashes(seq) : [];
  seq.items.forEach((item, i) => {
    const line = dashes[i] === undefined ? lineOfNode(p, item as Node) : p.model!.lineOf(dashes[i]);
    let head = ' '.repeat(col);
    if (i === 0 && firstHead !== undefined) head = firstHead;
    else gap(p, line, false);
    // A mapping's first key goes on the dash line; comments written between go above it.
    if (isMap(item) && item.items.length) gap(p, lineOfNode(p, item.items[0].key as Node), false);
    printValue(p, item as Node | null, `${head}-`, null, col, [...path, i], line);
  });
}

/**
 * An entry's value after its head (`  key:` or `  -`, already indented); `col` is the
 * column of the key or dash, `line` the source line of the head.
 */
function printValue(p: Printer, value: Node | null, head: string, key: string | null, col: number, path: FieldPath, line: number | undefined) {
  if (isAlias(value)) throw new UnsupportedYamlError('an alias (*name)');
  const childCol = col + INDENT;
  if ((isMap(value) || isSeq(value)) && value.items.length > 0) {
    if (key === null) {
      // A list item: its first entry shares the dash line (and that line's comment).
      if (isMap(value)) printMap(p, value, childCol, path, `${head} `);
      else printSeq(p, value, childCol, path, `${head} `);
      return;
    }
    p.out.push(withComment(head, trailingOn(p, line, line)[0]));
    p.blockColumn = undefined;
    p.cursor = Math.max(p.cursor, line ?? -1);
    if (isMap(value)) printMap(p, value, childCol, path);
    else printSeq(p, value, childCol, path);
    return;
  }
  const end = p.model ? contentEnd(value, p.model.source) : 0;
  const last = end && p.model ? p.model.lineOf(end - 1) : line;
  const [comment, ...more] = trailingOn(p, line, last);
  // A comment line right after block text and indented as deep would be read as part of
  // the text: such a value is written in quotes instead.
  const following = more.length ? more[0].col : p.model ? commentAfter(p.model, last ?? p.cursor) : undefined;
  const blocks = !p.noBlocks && !(following !== undefined && following >= col + INDENT);
  const lines = isMap(value) ? [' {}'] : isSeq(value) ? [' []'] : scalarLines(isScalar(value) ? value.value : value, key, head.length, col, blocks);
  p.out.push(withComment(head + lines[0], comment), ...lines.slice(1));
  p.blockColumn = /^ [|>]/.test(lines[0]) ? col + INDENT : undefined;
  // Comments after the later lines of a multi-line value: their own lines, after it.
  for (const c of more) p.out.push(' '.repeat(c.col) + c.text);
  p.cursor = Math.max(p.cursor, last ?? -1);
}

/** The indentation of the next line after `line` that is not blank, if it is a comment. */
function commentAfter(model: SourceModel, line: number): number | undefined {
  for (let l = line + 1; l < model.lines.length; l++) {
    if (model.kind[l] === 'comment') return model.lines[l].length - model.lines[l].trimStart().length;
    if (model.kind[l] !== 'blank') return undefined;
  }
  return undefined;
}

function printRoot(p: Printer, root: unknown) {
  if (isMap(root) && root.items.length) printMap(p, root, 0, []);
  else if (isSeq(root) && root.items.length) printSeq(p, root, 0, []);
  else if (root !== null && !(isScalar(root) && root.value === null && !contentEnd(root, p.model?.source ?? ''))) {
    const node = root as Node;
    const line = lineOfNode(p, node);
    gap(p, line, false);
    // A document that is one scalar: printed as a value after an empty head.
    const before = p.out.length;
    printValue(p, node, '', null, 0, [], line);
    p.out[before] = p.out[before].replace(/^ /, '');
  }
}

function finish(p: Printer): string {
  if (p.model) gap(p, p.model.lines.length, false);
  while (p.out.length && p.out[p.out.length - 1] === '') p.out.pop();
  return p.out.length ? `${p.out.join('\n')}\n` : '';
}

/** A node tree for plain data, pruned and in the layout's key order. */
function dataNode(value: unknown, path: FieldPath, layout: Layout): Node | null {
  const data = orderKeys(prune(value), path, layout);
  return data === undefined ? null : (new Document(data, { version: '1.2' }).contents as Node);
}

// ---------------------------------------------------------------------------------------
// Public

/**
 * Lines for a new entry, `head` included (`' '.repeat(col) + 'key:'` or `+ '-'`), with
 * its key or dash at column `col`. Used by update.ts for everything it writes.
 * `commentAfter`: the indentation of a comment line that will directly follow the entry.
 */
export function entryLines(value: unknown, head: string, key: string | null, col: number, path: FieldPath, layout: Layout, commentAfter?: number): string[] {
  const print = (noBlocks: boolean) => {
    const p: Printer = { layout, out: [], cursor: -1, placed: new Set(), noBlocks };
    printValue(p, dataNode(value, path, layout), head, key, col, path, undefined);
    return p;
  };
  const p = print(false);
  // The entry ends with block text that the comment would join (see printValue).
  if (p.blockColumn !== undefined && commentAfter !== undefined && commentAfter >= p.blockColumn) return print(true).out;
  return p.out;
}

export const pairHead = (key: string, col: number) => `${' '.repeat(col)}${keyText(key)}:`;

/**
 * The whole file in the canonical style, with every comment kept. Refuses (throws) rather
 * than return a text whose data or comments differ from the source's; throws
 * YamlSyntaxError for a file that is not valid YAML.
 */
export function formatYaml(source: string, layout: Layout = {}): string {
  const model = readSource(source.replace(/^\uFEFF/, ''));
  const p: Printer = { layout, out: [], cursor: -1, model, placed: new Set() };
  printRoot(p, model.doc.contents);
  const result = finish(p);

  const after = readSource(result);
  if (!sameData(model.doc.toJS(), after.doc.toJS(), true)) throw new Error('Formatting would change the data; nothing was written.');
  const texts = (m: SourceModel) => m.comments.map((c) => c.text).join('\n');
  if (texts(model) !== texts(after)) throw new Error('Formatting would lose or reorder a comment; nothing was written.');
  return result;
}

/** A notice file in the canonical style: formatYaml with the notice layout. */
export function formatNotice(source: string): string {
  return formatYaml(source, NOTICE_LAYOUT);
}

/** A whole new file for `data` in the canonical style, after the given comment lines. */
export function newYaml(data: unknown, layout: Layout = {}, comments: readonly string[] = []): string {
  const p: Printer = { layout, out: comments.map((c) => `# ${c}`.trimEnd()), cursor: -1, placed: new Set() };
  if (p.out.length) p.out.push('');
  printRoot(p, dataNode(data, [], layout));
  return finish(p);
}

/**
 * A new notice file: the `# yaml-language-server: $schema=…` line, a blank line, the data.
 * `schemaComment` is that first comment's text (default: the schema seen from
 * content/notices/); `false` leaves it out.
 */
export function newNoticeYaml(data: unknown, { schemaComment = NOTICE_SCHEMA_COMMENT }: { schemaComment?: string | false } = {}): string {
  return newYaml(data, NOTICE_LAYOUT, schemaComment === false ? [] : [schemaComment.replace(/^#\s*/, '')]);
}
