/**
 * Schema issues: zod's issues → problems staff can act on. The schema's own messages (domain rules) are
 * kept; zod's generic ones are replaced by plain Vietnamese that says what to type, using
 * what only we know here: the field's title, the keys it allows, and the text in the file.
 * Anything we have no wording for falls back to zod's `vi` locale.
 */
import { z } from 'zod';
import { isMap, isPair, isScalar, isSeq, type Document, type Node as YamlNode, type LineCounter } from 'yaml';
import { descriptionOf, fieldLabel, fieldTitle, inSentence, keysOf, kindOf, schemaAt, titleOf, unwrap } from './fields.ts';
import { nearestKey } from './suggest.ts';
import { DEFAULT_KIND, kindList } from '../../kinds/index.ts';
import type { FieldPath, Problem, SourcePosition } from './types.ts';

/** Marks a message zod produced generically (not written in the schema); see `genericMarker`. */
export const GENERIC = '\u0000generic';
/** Per-parse error map: lower priority than the schema's own messages, so those win. */
export const genericMarker = () => GENERIC;

const viLocale = z.locales.vi().localeError as (issue: z.core.$ZodRawIssue) => string | { message: string } | undefined;

export interface SourceContext {
  file: string;
  doc: Document;
  lineCounter: LineCounter;
  lines: string[];
  source: string;
  /** The schema the file is checked against: field titles and allowed keys come from it. */
  schema: z.ZodType;
}

/** The YAML node at a field path: `node` is the value, `keyNode` the key it hangs from. */
export function locate(doc: Document, fieldPath: FieldPath): { node: YamlNode | null; keyNode: YamlNode | null; resolved: boolean } {
  let node: unknown = doc.contents;
  let keyNode: YamlNode | null = null;
  for (const seg of fieldPath) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return { node: node as YamlNode, keyNode, resolved: false };
      keyNode = pair.key as YamlNode;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
      keyNode = null;
      node = node.items[seg];
    } else return { node: (node as YamlNode) ?? null, keyNode, resolved: false };
  }
  return { node: (node as YamlNode) ?? null, keyNode, resolved: true };
}

/** The line and column of a source offset, and that line's text (line 0 when there is no offset). */
export function positionAt(ctx: SourceContext, offset: number | undefined): SourcePosition {
  if (offset === undefined) return { line: 0, col: 0 };
  const { line, col } = ctx.lineCounter.linePos(offset);
  return { line, col, excerpt: ctx.lines[line - 1] };
}

export function problemAt(ctx: SourceContext, offset: number | undefined, fieldPath: FieldPath, message: string, unknownKey = false): Problem {
  const label = fieldPath.length ? { label: fieldLabel(fieldPath, unknownKey, ctx.schema) } : {};
  return { file: ctx.file, ...positionAt(ctx, offset), path: fieldPath, message, unknownKey, ...label };
}

/**
 * Schema problems: one per field (a bad link breaks several rules at once; the first
 * says it), and a misspelt key that we can name replaces the "missing field" it causes.
 */
export function schemaProblems(issues: z.core.$ZodIssue[], ctx: SourceContext): Problem[] {
  const all = issues.flatMap((issue) => issueProblems(issue, ctx));
  const suggested = new Set(all.filter((p) => p.suggestion).map((p) => JSON.stringify([...p.path.slice(0, -1), p.suggestion])));
  const seen = new Set<string>();
  return all.filter((p) => {
    const key = JSON.stringify(p.path);
    if (p.missing && suggested.has(key)) return false;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const typeName = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'object' ? 'object' : typeof v;

const fmt = (n: number) => n.toLocaleString('vi-VN');

/** "trong người trực thứ 2", or where a top-level key goes. */
function inside(parent: FieldPath, root: z.ZodType): string {
  return parent.length ? `trong ${inSentence(fieldTitle(parent, root) ?? parent.join('.'))}` : 'sát lề trái (không thụt lề)';
}

function childList(schema: z.ZodType): string {
  const { required, all } = keysOf(schema);
  return (required.length ? required : all).join(', ');
}

function missingMessage(fieldPath: FieldPath, root: z.ZodType): string {
  const key = String(fieldPath[fieldPath.length - 1]);
  const schema = schemaAt(fieldPath, root)!;
  const title = titleOf(schema);
  const named = `"${key}"${title ? ` (${title})` : ''}`;
  const where = inside(fieldPath.slice(0, -1), root);
  const desc = descriptionOf(schema);
  switch (kindOf(schema)) {
    case 'object':
      return `Thiếu mục bắt buộc ${named}. Hãy thêm dòng "${key}:" ${where}, rồi bên dưới, thụt vào thêm 2 dấu cách, các trường: ${childList(schema)}.`;
    case 'array':
      return `Thiếu danh sách bắt buộc ${named}. Hãy thêm dòng "${key}:" ${where}, rồi bên dưới mỗi mục một dòng bắt đầu bằng "- ".`;
    default:
      return `Thiếu trường bắt buộc ${named}. Hãy thêm một dòng "${key}: …" ${where}.${desc ? ` ${desc}` : ''}`;
  }
}

function emptyMessage(fieldPath: FieldPath, root: z.ZodType): string {
  const key = fieldPath[fieldPath.length - 1]!;
  const schema = schemaAt(fieldPath, root)!;
  if (typeof key === 'number') return `Mục thứ ${key + 1} của danh sách đang để trống. Hãy viết nội dung ngay sau dấu "- ", hoặc xóa dòng này.`;
  const optional = !keysOf(schemaAt(fieldPath.slice(0, -1), root)).required.includes(key);
  const title = titleOf(schema);
  const named = `"${key}"${title ? ` (${title})` : ''}`;
  const desc = descriptionOf(schema);
  let what: string;
  let fill: string;
  switch (kindOf(schema)) {
    case 'object':
      [what, fill] = [`Mục ${named} đang để trống.`, `thêm bên dưới, thụt vào thêm 2 dấu cách, các trường: ${childList(schema)}.`];
      break;
    case 'array':
      [what, fill] = [`Danh sách ${named} đang để trống.`, 'thêm ít nhất một mục bên dưới, mỗi mục một dòng bắt đầu bằng "- ".'];
      break;
    default:
      [what, fill] = [`Trường ${named} đang để trống.`, `viết nội dung ngay sau "${key}: ".${desc ? ` ${desc}` : ''}`];
  }
  return optional
    ? `${what} Phần này không bắt buộc: nếu không dùng, hãy xóa dòng "${key}:" (cùng các dòng con của nó); nếu dùng, hãy ${fill.replace(/ Không bắt buộc\..*$/, '')}`
    : `${what} Hãy ${fill}`;
}

function typeMessage(issue: z.core.$ZodIssueInvalidType, written: string, fieldPath: FieldPath, root: z.ZodType): string | undefined {
  const got = typeName(issue.input);
  const schema = schemaAt(fieldPath, root);
  switch (issue.expected) {
    case 'object': {
      const keys = schema ? childList(schema) : '';
      if (got === 'array')
        return `Ở đây cần các trường con dạng "tên: nội dung", không phải danh sách (dòng bắt đầu bằng "- "). Hãy bỏ dấu "- " và viết các trường: ${keys}.`;
      return `Ở đây cần các trường con, mỗi trường một dòng bên dưới, thụt vào thêm 2 dấu cách: ${keys}.`;
    }
    case 'array':
      return got === 'object'
        ? 'Ở đây cần một danh sách: mỗi mục một dòng bắt đầu bằng "- ". Hãy thêm "- " trước mỗi mục.'
        : 'Ở đây cần một danh sách, kể cả khi chỉ có một mục: hãy xuống dòng và viết mục đó sau dấu "- ".';
    case 'string':
      if (got === 'number' || got === 'boolean')
        return `Ở đây cần chữ, nhưng YAML đọc ${written} thành ${got === 'number' ? 'một con số' : 'giá trị đúng/sai'}. Hãy đặt trong dấu nháy kép: "${written}".`;
      if (got === 'array') return 'Ở đây cần một đoạn chữ, không phải danh sách. Hãy bỏ dấu "- " ở đầu dòng và viết nội dung ngay sau dấu hai chấm.';
      if (got === 'object')
        return 'Ở đây cần một đoạn chữ, nhưng YAML đọc thành các trường con, thường vì nội dung có dấu hai chấm và dấu cách (": "). Hãy đặt cả đoạn trong dấu nháy kép.';
      return undefined;
    case 'number':
    case 'int':
      return got === 'string'
        ? `Ở đây cần một con số, viết không có dấu nháy, dùng dấu chấm cho phần thập phân, ví dụ 20.8651.`
        : 'Ở đây cần một con số, ví dụ 20.8651.';
    default:
      return undefined;
  }
}

function genericMessage(issue: z.core.$ZodIssue, written: string, root: z.ZodType): string | undefined {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      return typeMessage(issue, written, issue.path as FieldPath, root);
    case 'invalid_value': {
      const values = issue.values.map((v) => `"${String(v)}"`).join(', ');
      return `${written ? `"${written}"` : 'Giá trị này'} không phải giá trị được chấp nhận ở đây. Hãy viết đúng một trong: ${values}.`;
    }
    case 'too_big':
      if (issue.origin === 'string')
        return `Nội dung quá dài: ${fmt(String(input ?? '').length)} ký tự, tối đa ${fmt(Number(issue.maximum))} ký tự. Hãy kiểm tra xem có dán nhầm hay dán thừa không.`;
      if (issue.origin === 'array') return `Danh sách quá dài: ${fmt((input as unknown[])?.length ?? 0)} mục, tối đa ${fmt(Number(issue.maximum))} mục.`;
      return `Số này quá lớn: tối đa là ${issue.maximum}.`;
    case 'too_small':
      if (issue.origin === 'array')
        return `Danh sách cần ít nhất ${issue.minimum} mục. Hãy thêm mục, mỗi mục một dòng bắt đầu bằng "- ".`;
      if (issue.origin === 'string') return 'Không được để trống. Hãy viết nội dung ngay sau dấu hai chấm.';
      return issue.inclusive ? `Số này quá nhỏ: ít nhất là ${issue.minimum}.` : `Số này phải lớn hơn ${issue.minimum}.`;
    default:
      return undefined;
  }
}

function vi(issue: z.core.$ZodIssue): string {
  const m = viLocale(issue as unknown as z.core.$ZodRawIssue);
  return (typeof m === 'string' ? m : m?.message) ?? 'Giá trị không hợp lệ.';
}

/**
 * Inside a translation (an entry of a record, `translations.en.signer.post`), the
 * path of the same place in the original (`signer.post`); undefined elsewhere.
 */
function originalOf(fieldPath: FieldPath, root: z.ZodType): FieldPath | undefined {
  for (let i = fieldPath.length - 1; i >= 1; i--) {
    const s = schemaAt(fieldPath.slice(0, i), root);
    if (s && unwrap(s) instanceof z.ZodRecord) return [...fieldPath.slice(0, i - 1), ...fieldPath.slice(i + 1)];
  }
  return undefined;
}

/** The problems one zod issue stands for (an `unrecognized_keys` issue names several keys). */
export function issueProblems(issue: z.core.$ZodIssue, ctx: SourceContext): Problem[] {
  const fieldPath = issue.path as FieldPath;
  const { node, keyNode, resolved } = locate(ctx.doc, fieldPath);
  const input = (issue as { input?: unknown }).input;

  if (issue.code === 'unrecognized_keys') {
    // Built once: a file may hold thousands of unknown keys, and this must stay linear.
    const allowed = keysOf(schemaAt(fieldPath, ctx.schema)).all;
    const pairs = new Map<string, { key: unknown }>();
    if (isMap(node)) for (const p of node.items) if (isScalar(p.key) && !pairs.has(String(p.key.value))) pairs.set(String(p.key.value), p);
    const candidates = allowed.filter((k) => !pairs.has(k));
    const original = originalOf(fieldPath, ctx.schema);
    return issue.keys.map((key, i) => {
      const pair = pairs.get(key);
      const offset = (pair?.key as YamlNode | undefined)?.range?.[0] ?? node?.range?.[0];
      // A field of the original that a translation does not carry: the page takes it from
      // the original, so that a translation can never show another number or name.
      const untranslated = original && schemaAt([...original, key], ctx.schema);
      if (untranslated) {
        const title = titleOf(untranslated);
        return problemAt(
          ctx,
          offset,
          [...fieldPath, key],
          `Trường "${key}"${title ? ` (${title})` : ''} không dịch: trang web luôn lấy nó từ bản gốc tiếng Việt, nên bản dịch không thể ghi khác (số điện thoại, địa chỉ web, ngày tháng, số hiệu, họ tên, danh xưng…). Hãy xóa dòng này khỏi bản dịch.`,
          true,
        );
      }
      // Only the first problems of a file are shown; past them, skip the search for a suggestion.
      const suggestion = i < 100 ? nearestKey(key, candidates) : undefined;
      const named = suggestion && fieldTitle([...fieldPath, suggestion], ctx.schema);
      const hint = suggestion
        ? `Có phải ý bạn là "${suggestion}"${named ? ` (${named})` : ''}? Hãy sửa tên trường cho đúng.`
        : `Các trường dùng được ở đây: ${allowed.join(', ')}. Hãy sửa tên trường, hoặc xóa dòng này nếu không cần.`;
      return { ...problemAt(ctx, offset, [...fieldPath, key], `Trường "${key}" không có trong mẫu thông báo. ${hint}`, true), suggestion };
    });
  }

  // A kind of notice that does not exist: name the kinds that do.
  if (issue.code === 'invalid_union' && (issue as { note?: string }).note === 'No matching discriminator') {
    const written = resolved && node?.range ? ctx.source.slice(node.range[0], node.range[1]).trim() : '';
    return [problemAt(ctx, (node ?? keyNode)?.range?.[0], fieldPath, `Không có loại thông báo ${written ? `"${written}"` : 'này'}. Các loại thông báo hiện có: ${kindList()}. Hãy viết đúng một trong các loại đó (không ghi "${fieldPath.join('.')}:" thì là ${DEFAULT_KIND.title.toLowerCase()}).`)];
  }

  // A record key that is not allowed (a language code written wrong): point at the key.
  if (issue.code === 'invalid_key') {
    const inner = issue.issues.find((i) => i.message !== GENERIC)?.message;
    const key = String(fieldPath[fieldPath.length - 1]);
    return [problemAt(ctx, (keyNode ?? node)?.range?.[0], fieldPath, inner ?? `Tên "${key}" không dùng được ở đây.`)];
  }

  // A field that is absent: point at the mapping that should hold it.
  if (!resolved || input === undefined) {
    const missing = input === undefined && issue.code !== 'custom' && fieldPath.length > 0;
    const message = missing ? missingMessage(fieldPath, ctx.schema) : issue.message === GENERIC ? vi(issue) : issue.message;
    // A top-level field has no parent line to point at: the problem is the file's.
    const at = fieldPath.length > 1 ? (keyNode ?? node)?.range?.[0] : undefined;
    return [{ ...problemAt(ctx, at, fieldPath, message), missing }];
  }

  const isEmpty = input === null && (issue.code === 'invalid_type' || issue.code === 'invalid_value');
  const written = node?.range ? ctx.source.slice(node.range[0], node.range[1]).trim() : '';
  let message: string;
  if (isEmpty && fieldPath.length) message = emptyMessage(fieldPath, ctx.schema);
  else if (issue.message !== GENERIC) message = issue.message;
  else message = genericMessage(issue, written, ctx.schema) ?? vi(issue);
  // Word and phones turn " into “ ”, which YAML takes as ordinary letters.
  if (/^[“”‘’]/.test(written)) message += ' Lưu ý: dấu nháy cong “ ” (thường do Word hoặc điện thoại tự đổi) không phải dấu nháy của YAML; hãy gõ lại bằng dấu nháy thẳng ".';
  // An empty value has no text of its own to point at: point at its key.
  const target = isEmpty || !node?.range ? (keyNode ?? node) : node;
  return [problemAt(ctx, target?.range?.[0], fieldPath, message)];
}
