/**
 * A YAML text read two ways at once: as the yaml library's Document (values, and the
 * source range of every node), and as lines (which are blank, which hold only a comment,
 * and where each comment sits). Both the formatter and the in-place update need the
 * second view, because the Document model does not keep where a comment was written: it
 * hangs every comment on a neighbouring node, and `Document.toString()` then prints it
 * there (see canonical.ts).
 *
 * Pure: no file system, so it also runs in the browser.
 */
import { Composer, LineCounter, Parser, isMap, isScalar, isSeq, visit, type Document, type Node, type Pair, type YAMLSeq } from 'yaml';

export interface Comment {
  /** Offset of the `#` in the source. */
  offset: number;
  /** 0-based line and column (in UTF-16 code units, like the source string). */
  line: number;
  col: number;
  /** The comment as written, from `#` to the end of the line, trailing spaces removed. */
  text: string;
  /** True when nothing but indentation comes before it on its line. */
  ownLine: boolean;
}

/** What a line is, outside of any scalar. Lines inside a multi-line scalar are 'content'. */
export type LineKind = 'blank' | 'comment' | 'content';

export interface SourceModel {
  source: string;
  doc: Document.Parsed;
  /** The source's lines without their line ends. */
  lines: string[];
  kind: LineKind[];
  comments: Comment[];
  /** The comment written after content on a line, by line. */
  trailing: Map<number, Comment>;
  lineOf(offset: number): number;
  lineStart(line: number): number;
}

/** The source is not YAML the formatter can read (syntax error, several documents…). */
export class YamlSyntaxError extends Error {
  readonly reason: string;
  /** 1-based, as editors show them; 0 when the problem is the whole file. */
  readonly line: number;
  readonly col: number;
  constructor(reason: string, line: number, col: number) {
    super(line ? `${reason} (line ${line}, column ${col})` : reason);
    this.name = 'YamlSyntaxError';
    this.reason = reason;
    this.line = line;
    this.col = col;
  }
}

export function readSource(source: string): SourceModel {
  const counter = new LineCounter();
  const tokens = Array.from(new Parser(counter.addNewLine).parse(source));
  // keepSourceTokens: each node and pair keeps its CST token, which is where the offsets
  // of list dashes and key colons are (the Document itself only has node ranges).
  const docs = Array.from(new Composer({ version: '1.2', keepSourceTokens: true }).compose(tokens, true, source.length));
  const starts = counter.lineStarts;
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  if (docs.length !== 1) {
    const second = docs[1]?.range[0] ?? 0;
    throw new YamlSyntaxError('the file holds several YAML documents', lineOf(second) + 1, 1);
  }
  const doc = docs[0];
  const error = doc.errors[0];
  if (error) {
    const line = lineOf(error.pos[0]);
    throw new YamlSyntaxError(error.message.split('\n')[0], line + 1, error.pos[0] - starts[line] + 1);
  }

  const lines = source.split('\n').map((l) => l.replace(/\r$/, ''));
  const kind: LineKind[] = lines.map((l) => (l.trim() === '' ? 'blank' : 'content'));
  const comments: Comment[] = [];
  const trailing = new Map<number, Comment>();
  for (const token of commentTokens(tokens)) {
    const line = lineOf(token.offset);
    const col = token.offset - starts[line];
    const ownLine = lines[line].slice(0, col).trim() === '';
    const comment = { offset: token.offset, line, col, text: token.source.trimEnd(), ownLine };
    comments.push(comment);
    if (ownLine) kind[line] = 'comment';
    else trailing.set(line, comment);
  }
  // A blank line or a "#" inside a block scalar or a multi-line quoted string is content.
  visit(doc, {
    Scalar(_key, node) {
      if (!node.range) return;
      const first = lineOf(node.range[0]);
      const last = lineOf(Math.max(node.range[0], contentEnd(node, source) - 1));
      for (let l = first + 1; l <= last; l++) kind[l] = 'content';
    },
  });
  return { source, doc, lines, kind, comments, trailing, lineOf, lineStart: (line) => starts[line] ?? source.length };
}

/** Every comment token of the CST, wherever the parser put it, in source order. */
function commentTokens(tokens: unknown[]): { offset: number; source: string }[] {
  const out: { offset: number; source: string }[] = [];
  const walk = (t: unknown): void => {
    if (Array.isArray(t)) t.forEach(walk);
    else if (t && typeof t === 'object') {
      const tok = t as Record<string, unknown>;
      if (tok.type === 'comment') out.push(tok as { offset: number; source: string });
      for (const part of ['start', 'key', 'sep', 'value', 'end', 'props', 'items']) if (part in tok) walk(tok[part]);
    }
  };
  walk(tokens);
  return out.sort((a, b) => a.offset - b.offset);
}

/**
 * Offset just after a node's last character of content: trailing blank lines of a block
 * scalar are not its content (unless it keeps them, `|+`), and neither are comments.
 * 0 for a value that is not written at all (`key:` with nothing after it).
 */
export function contentEnd(node: Node | null | undefined, source: string): number {
  if (!node?.range) return 0;
  if (isScalar(node)) {
    if (node.value === null && node.range[0] === node.range[1]) return 0;
    const keeps = typeof node.value === 'string' && /\n\n$/.test(node.value) && node.type?.startsWith('BLOCK');
    if (keeps) return node.range[1];
    return node.range[0] + source.slice(node.range[0], node.range[1]).trimEnd().length;
  }
  if ((isMap(node) || isSeq(node)) && !node.flow) {
    let end = 0;
    for (const item of node.items as unknown[]) {
      if (isMap(node)) {
        const pair = item as Pair<Node, Node | null>;
        end = Math.max(end, contentEnd(pair.key, source), colonOffset(pair) + 1, contentEnd(pair.value, source));
      } else end = Math.max(end, contentEnd(item as Node, source));
    }
    if (isSeq(node)) end = Math.max(end, ...seqDashes(node).map((d) => d + 1));
    return end;
  }
  return node.range[1];
}

/** Offset of the `:` after a pair's key. */
export function colonOffset(pair: Pair): number {
  const item = (pair as Pair & { srcToken?: { sep?: { type: string; offset: number }[] } }).srcToken;
  const colon = item?.sep?.find((t) => t.type === 'map-value-ind');
  if (!colon) throw new YamlSyntaxError('a key without ":" (explicit "? key" entries are not supported)', 0, 0);
  return colon.offset;
}

/** Offset of each item's `-` in a block list, in item order. */
export function seqDashes(seq: YAMLSeq): number[] {
  const token = (seq as YAMLSeq & { srcToken?: { type: string; items?: { start: { type: string; offset: number }[] }[] } }).srcToken;
  const dashes = (token?.items ?? []).flatMap((it) => it.start.filter((t) => t.type === 'seq-item-ind').map((t) => t.offset));
  if (dashes.length !== seq.items.length) throw new YamlSyntaxError('a list the formatter cannot follow', 0, 0);
  return dashes;
}
