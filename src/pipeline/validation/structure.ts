/**
 * The YAML structure of a file: syntax, one mapping of fields at the top, no aliases,
 * no absurd nesting, no key written twice. What passes here is a parsed document that
 * the schema can check; what fails gets one clear reason per place.
 */
import { LineCounter, parseDocument, visit, isAlias, isMap, isPair, isScalar, isSeq, type Node as YamlNode, type YAMLError, type YAMLMap } from 'yaml';
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

/**
 * Syntax errors, one per place. A line indented deeper than its sibling is read by YAML
 * as the continuation of the text above, and reported on that line; the mistake is on
 * the deeper line, so that is where we point.
 */
function syntaxProblems(ctx: SourceContext, errors: YAMLError[]): Problem[] {
  const out: Problem[] = [];
  const seen = new Set<string>();
  const indent = (line: number) => (ctx.lines[line - 1] ?? '').length - (ctx.lines[line - 1] ?? '').trimStart().length;
  for (const err of errors) {
    const [start, end] = err.pos ?? [];
    const multiline = errors.find((e) => e.code === 'MULTILINE_IMPLICIT_KEY' && e.pos?.[0] === start);
    const endLine = multiline ? ctx.lineCounter.linePos(multiline.pos[1]).line : 0;
    const startLine = start === undefined ? 0 : ctx.lineCounter.linePos(start).line;
    let problem: Problem;
    if (multiline && start !== undefined && endLine > startLine && indent(endLine) > indent(startLine)) {
      const text = ctx.lines[endLine - 1]!;
      const col = text.length - text.trimStart().length + 1;
      problem = {
        file: ctx.file, line: endLine, col, path: [], excerpt: text,
        message: 'Lỗi cú pháp YAML: Dòng này thụt lề sâu hơn trường ở dòng trên, nên YAML nối nó vào nội dung của dòng trên. Nếu đây là một trường mới, hãy xóa bớt dấu cách đầu dòng cho thẳng hàng với trường ở dòng trên. Nếu đây là nội dung viết tiếp, hãy đặt cả nội dung trong dấu nháy kép.',
      };
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
