/**
 * The YAML structure of a file: syntax, one mapping of fields at the top, no aliases,
 * no absurd nesting, no key written twice. What passes here is a parsed document that
 * the schema can check; what fails gets one clear reason per place.
 */
import { LineCounter, Parser, parseDocument, visit, isAlias, isMap, isPair, isScalar, isSeq, type Node as YamlNode, type YAMLError, type YAMLMap } from 'yaml';
import { problemAt, type SourceContext } from './schema-issues.ts';
import { syntaxMessage } from './yaml-messages.ts';
import { MAX_DEPTH, TOO_DEEP, wholeFile } from './source.ts';
import type { FieldPath, Problem } from './types.ts';
import type { z } from 'zod';

/**
 * The parsed document of `source` and the problems found. Without `ctx` the file is
 * refused here; with it, the problems (keys written twice) are reported together with
 * the schema's.
 */
export function parseStructure(file: string, source: string, lines: string[], schema: z.ZodType): { ctx?: SourceContext; problems: Problem[] } {
  // Duplicate keys are checked below, with the line of the first occurrence.
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: false, prettyErrors: false, version: '1.2' });
  const ctx: SourceContext = { file, doc, lineCounter, lines, source, schema };
  const problems = syntaxProblems(ctx, doc.errors);
  for (const warning of doc.warnings) problems.push(problemAt(ctx, warning.pos?.[0], [], syntaxMessage(warning)));
  if (doc.errors.length) return { problems };

  // The file as a whole must be one mapping of fields.
  const contents = doc.contents as YamlNode | null;
  if (contents === null || (isScalar(contents) && contents.value === null && !contents.source)) {
    const hasComment = /^\s*#/m.test(source);
    problems.push(wholeFile(file, hasComment
      ? 'Tệp chỉ có dòng chú thích (bắt đầu bằng #), chưa có nội dung thông báo. Hãy điền các trường của thông báo, hoặc tạo tệp mới từ mẫu: npm run new -- <tên-tệp>.'
      : 'Tệp trống. Hãy điền nội dung thông báo, hoặc tạo tệp mới từ mẫu: npm run new -- <tên-tệp>. Nếu tệp này tạo nhầm, hãy xóa nó.'));
    return { problems };
  }
  if (!isMap(contents)) {
    const what = isSeq(contents) ? 'một danh sách (các dòng bắt đầu bằng "- ")' : 'một dòng chữ đơn lẻ';
    problems.push(problemAt(ctx, contents.range?.[0], [], `Tệp phải gồm các trường dạng "tên: nội dung", mỗi trường một dòng sát lề trái (ví dụ "place: Hải Phòng"), nhưng ở đây là ${what}. Hãy viết lại theo mẫu (npm run new -- <tên-tệp>).`));
    return { problems };
  }

  // No aliases (a notice never needs them, and they are how "billion laughs" bombs
  // work), no absurd nesting, no key written twice.
  const aliases: YamlNode[] = [];
  let tooDeep: YamlNode | undefined;
  visit(doc, {
    Alias(_key, node) {
      aliases.push(node);
      return visit.SKIP;
    },
    Collection(_key, node, ancestry) {
      if (ancestry.length > MAX_DEPTH * 2 && !tooDeep) tooDeep = node;
      if (tooDeep) return visit.BREAK;
      if (isMap(node)) problems.push(...duplicateKeys(ctx, node, pathOf(ancestry, node)));
    },
  });
  if (aliases.length) {
    const first = aliases[0] as YamlNode & { source?: string };
    const name = isAlias(first) ? first.source : '';
    return { problems: [...problems, problemAt(ctx, first.range?.[0], [], `Tệp dùng bí danh YAML ("*${name}")${aliases.length > 1 ? ` ở ${aliases.length} chỗ` : ''}. Thông báo không dùng neo (&) và bí danh (*): hãy viết đầy đủ nội dung ở từng chỗ. Nếu dấu * hoặc & là chữ bình thường, hãy đặt cả nội dung trong dấu nháy kép.`)] };
  }
  if (tooDeep) return { problems: [...problems, problemAt(ctx, tooDeep.range?.[0], [], TOO_DEEP)] };
  return { ctx, problems };
}

/** The CST tokens that open something a person must close: quoted texts and [ ] / { } collections. */
interface Opener {
  kind: 'double' | 'single' | 'flow';
  offset: number;
  /** The token's end (quoted texts), or whether the collection is closed (flow). */
  end: number;
  closed: boolean;
  bracket?: '[' | '{';
}

function openers(source: string): Opener[] {
  const out: Opener[] = [];
  const walk = (node: unknown, depth: number) => {
    if (!node || typeof node !== 'object' || depth > MAX_DEPTH * 4) return;
    if (Array.isArray(node)) return node.forEach((n) => walk(n, depth + 1));
    const t = node as { type?: string; offset?: number; source?: string; start?: { source?: string }; end?: { source?: string }[] };
    if ((t.type === 'double-quoted-scalar' || t.type === 'single-quoted-scalar') && typeof t.offset === 'number') {
      out.push({ kind: t.type === 'double-quoted-scalar' ? 'double' : 'single', offset: t.offset, end: t.offset + (t.source?.length ?? 0), closed: true });
    } else if (t.type === 'flow-collection' && typeof t.offset === 'number') {
      const bracket = t.start?.source === '{' ? '{' : '[';
      const close = bracket === '{' ? '}' : ']';
      out.push({ kind: 'flow', offset: t.offset, end: t.offset, closed: (t.end ?? []).some((e) => e.source === close), bracket });
    }
    for (const v of Object.values(node)) if (v && typeof v === 'object') walk(v, depth + 1);
  };
  for (const token of new Parser().parse(source)) walk(token, 0);
  return out.sort((a, b) => a.offset - b.offset);
}

const MISSING_QUOTE = {
  double: 'Dấu nháy kép (") mở ở đây chưa được đóng, nên YAML đọc tiếp cả các dòng sau như cùng một đoạn chữ và chỉ báo lỗi ở xa hơn. Hãy thêm dấu " ở cuối nội dung, trên cùng dòng này.',
  single: 'Dấu nháy đơn (\') mở ở đây chưa được đóng, nên YAML đọc tiếp cả các dòng sau như cùng một đoạn chữ và chỉ báo lỗi ở xa hơn. Hãy thêm dấu \' ở cuối nội dung, trên cùng dòng này; nếu dấu \' là chữ bình thường, hãy đặt cả nội dung trong dấu nháy kép.',
};
const MISSING_BRACKET = {
  '[': 'Dấu "[" mở danh sách ở đây nhưng thiếu dấu "]" đóng, nên YAML chỉ báo lỗi ở dòng sau. Hãy thêm "]" ở cuối danh sách, trên cùng dòng này (ví dụ: [muc-1, muc-2]), hoặc viết mỗi mục một dòng bắt đầu bằng "- ".',
  '{': 'Dấu "{" mở nhóm ở đây nhưng thiếu dấu "}" đóng, nên YAML chỉ báo lỗi ở dòng sau. Hãy thêm "}" ở cuối nhóm, trên cùng dòng này, hoặc viết mỗi trường của nhóm một dòng, thụt lề dưới tên nhóm.',
};
const QUOTE_INSIDE = {
  double: 'Đoạn chữ trong dấu nháy kép kết thúc ở dấu " này, nhưng sau nó trên cùng dòng vẫn còn chữ: có lẽ trong nội dung có dấu nháy kép. Hãy viết dấu nháy kép bên trong nội dung thành \\" (hoặc dùng dấu nháy “ ”), để dấu " cuối dòng là dấu đóng duy nhất.',
  single: 'Đoạn chữ trong dấu nháy đơn kết thúc ở dấu \' này, nhưng sau nó trên cùng dòng vẫn còn chữ: có lẽ trong nội dung có dấu nháy đơn. Hãy đặt cả nội dung trong dấu nháy kép thay cho dấu nháy đơn (hoặc viết dấu \' bên trong thành hai dấu \'\').',
};

/**
 * Syntax errors, one per place, each at the place a person should look. The yaml library
 * reports some mistakes where it noticed them, not where they are:
 *  - a quote never closed: at the end of the file, or at the next line that cannot belong
 *    to the text; we point at the opening quote;
 *  - a "[" or "{" never closed: on the next field's line, as an indentation error; we point at
 *    the opening bracket and say what is missing;
 *  - a field name without its colon, with its content indented below: on the line below, as
 *    if that line were indented too deep; we point at the name;
 *  - a quote inside quoted text: at the words after it; we point at the quote that ended the text;
 *  - a line indented deeper than its sibling is read as the continuation of the text above,
 *    and reported on that line; the mistake is on the deeper line, so that is where we point.
 */
function syntaxProblems(ctx: SourceContext, errors: YAMLError[]): Problem[] {
  const out: Problem[] = [];
  const seen = new Set<string>();
  const line = (n: number) => ctx.lines[n - 1] ?? '';
  const indent = (n: number) => line(n).length - line(n).trimStart().length;
  const lineOf = (offset: number) => ctx.lineCounter.linePos(offset).line;
  let tokens: Opener[] | undefined;
  const cst = () => (tokens ??= openers(ctx.source));
  const at = (offset: number, message: string): Problem => problemAt(ctx, offset, [], `Lỗi cú pháp YAML: ${message}`);
  const quoteMissing = errors.filter((e) => e.code === 'MISSING_CHAR' && /quote/i.test(e.message)).map((e) => e.pos?.[0]);
  /** Lines holding the content of a field whose colon is missing: their errors follow from it. */
  let shadow: [number, number] | null = null;
  for (const err of errors) {
    const [start, end] = err.pos ?? [];
    const startLine = start === undefined ? 0 : lineOf(start);
    if (shadow && startLine > shadow[0] && startLine <= shadow[1]) continue;
    const multiline = errors.find((e) => e.code === 'MULTILINE_IMPLICIT_KEY' && e.pos?.[0] === start);
    const endLine = multiline ? lineOf(multiline.pos[1]) : 0;
    const bareKey = /^(?:-\s+)?([A-Za-z_][\w-]*)\s*$/.exec(line(startLine).trim());
    let problem: Problem;
    if (err.code === 'MISSING_CHAR' && /quote/i.test(err.message) && start !== undefined) {
      const kind = err.message.includes("'") ? 'single' : 'double';
      const opener = cst().filter((o) => o.kind === kind && o.offset < start).at(-1);
      problem = opener ? at(opener.offset, MISSING_QUOTE[kind]) : problemAt(ctx, start, [], syntaxMessage(err));
    } else if (err.code === 'BAD_INDENT' && /^Flow (sequence|map)/.test(err.message) && start !== undefined) {
      // An unclosed quote inside the brackets is the mistake to fix first, reported above.
      if (quoteMissing.includes(start)) continue;
      const opener = cst().filter((o) => o.kind === 'flow' && o.offset < start).at(-1);
      problem = opener && !opener.closed ? at(opener.offset, MISSING_BRACKET[opener.bracket!]) : problemAt(ctx, start, [], syntaxMessage(err));
    } else if (multiline && bareKey && endLine > startLine && indent(endLine) > indent(startLine)) {
      const key = bareKey[1]!;
      const col = line(startLine).indexOf(key) + key.length;
      problem = {
        file: ctx.file, line: startLine, col: col + 1, path: [], excerpt: line(startLine),
        message: `Lỗi cú pháp YAML: Thiếu dấu hai chấm sau tên trường "${key}": các dòng thụt lề bên dưới là nội dung của trường này. Hãy viết "${key}:".`,
      };
      let last = startLine;
      while (last < ctx.lines.length && (line(last + 1).trim() === '' || indent(last + 1) > indent(startLine))) last++;
      shadow = [startLine, last];
    } else if (multiline && start !== undefined && endLine > startLine && indent(endLine) > indent(startLine)) {
      const text = line(endLine);
      const col = text.length - text.trimStart().length + 1;
      problem = {
        file: ctx.file, line: endLine, col, path: [], excerpt: text,
        message: 'Lỗi cú pháp YAML: Dòng này thụt lề sâu hơn trường ở dòng trên, nên YAML nối nó vào nội dung của dòng trên. Nếu đây là một trường mới, hãy xóa bớt dấu cách đầu dòng cho thẳng hàng với trường ở dòng trên. Nếu đây là nội dung viết tiếp, hãy đặt cả nội dung trong dấu nháy kép.',
      };
    } else if (err.code === 'UNEXPECTED_TOKEN' && /scalar at node end/.test(err.message) && start !== undefined) {
      // Text right after a closing quote on the same line: the quote was one inside the text.
      const quoted = cst().filter((o) => o.kind !== 'flow' && o.end <= start && lineOf(o.end - 1) === startLine && /^\s*$/.test(ctx.source.slice(o.end, start))).at(-1);
      problem = quoted ? at(quoted.end - 1, QUOTE_INSIDE[quoted.kind as 'double' | 'single']) : problemAt(ctx, start, [], syntaxMessage(err));
    } else problem = problemAt(ctx, start ?? end, [], syntaxMessage(err));
    const key = `${problem.line}:${problem.col}`;
    if (!seen.has(key)) out.push(problem);
    seen.add(key);
  }
  return out;
}

function duplicateKeys(ctx: SourceContext, map: YAMLMap, mapPath: FieldPath): Problem[] {
  const seen = new Map<string, number>();
  const repeats: { key: string; offset: number | undefined; firstLine: number }[] = [];
  for (const pair of map.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const offset = pair.key.range?.[0];
    const first = seen.get(key);
    if (first === undefined) {
      if (offset !== undefined) seen.set(key, offset);
    } else repeats.push({ key, offset, firstLine: ctx.lineCounter.linePos(first).line });
  }
  if (repeats.length === 0) return [];
  const inList = typeof mapPath[mapPath.length - 1] === 'number';
  const newItem = inList ? ' Nếu đây là một mục mới của danh sách, hãy thêm dấu "- " trước trường đầu tiên của mục đó (thẳng hàng với dấu "- " ở trên).' : '';
  if (repeats.length === 1 || !inList) {
    return repeats.map(({ key, offset, firstLine }) =>
      problemAt(ctx, offset, [...mapPath, key], `Trường "${key}" được viết hai lần trong cùng một mục (lần đầu ở dòng ${firstLine}). Hãy giữ một dòng đúng và xóa dòng còn lại.${newItem}`),
    );
  }
  // Several keys repeated in one list item: almost always a missing "- " starting a new item.
  const [first] = repeats;
  return [
    problemAt(ctx, first!.offset, [...mapPath, first!.key], `Các trường ${repeats.map((r) => `"${r.key}"`).join(', ')} được viết hai lần trong cùng một mục (lần đầu từ dòng ${first!.firstLine}).${newItem} Nếu không, hãy xóa các dòng thừa.`),
  ];
}

/** The field path of a node from `visit`'s ancestry (documents, pairs and collections). */
function pathOf(ancestry: readonly unknown[], node: unknown): FieldPath {
  const out: FieldPath = [];
  const chain = [...ancestry, node];
  for (let i = 0; i < chain.length - 1; i++) {
    const [here, next] = [chain[i], chain[i + 1]];
    if (isPair(here) && isScalar(here.key) && next === here.value) out.push(String(here.key.value));
    else if (isSeq(here)) out.push(here.items.indexOf(next as never));
  }
  return out;
}
