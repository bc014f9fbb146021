/**
 * The notice file format for Sveltia CMS: `CMS.registerCustomFormat('notice-yaml', 'yaml', …)`.
 *
 * Sveltia calls `fromFile(text)` with the file's text only and `toFile(content)` with the
 * entry's content only: toFile never sees the file it replaces. So fromFile remembers each
 * text under an id carried in the content as one more top-level key (Sveltia keeps keys it
 * has no field for and hands them back to toFile); toFile takes the key out and writes the
 * form's data onto that text with the smallest change (src/yaml-format/: comments,
 * quoting and folding stay), or writes a new file in the one canonical style. Sveltia
 * commits `toFile(content).trim() + '\n'`; `committedText` is that exact text.
 */
import { parse } from 'yaml';
import { newNoticeYaml, updateNoticeYaml } from '../yaml-format/index.ts';
import { normalizeStrings } from '../pipeline/validation/check.ts';
import { withoutSveltiaKeys } from './sveltia-keys.ts';
import { DEFAULT_KIND } from '../kinds/index.ts';

export const FORMAT_NAME = 'notice-yaml';
/** Top-level key carrying the source id. Never written to a file. */
export const SOURCE_KEY = '__noticeSource';

type Data = Record<string, unknown>;
const sources = new Map<string, string>();
let nextId = 0;

export function fromFile(text: string): Data {
  const data = (normalizeStrings(parse(text, { version: '1.2' })) ?? {}) as Data;
  const id = String(++nextId);
  sources.set(id, text);
  return { ...data, [SOURCE_KEY]: id };
}

/**
 * The form's data without our key and without Sveltia's (sveltia-keys.ts). Every kind's form
 * sets `kind` (a hidden field, so each collection can filter on it: config.ts); a file of the
 * default kind that names none keeps naming none, so an edit stays the one-line change it is.
 */
function formData(content: Data, original: string | undefined): Data {
  const { [SOURCE_KEY]: _id, ...data } = withoutSveltiaKeys(content);
  const namesKind = original !== undefined && /^kind:/m.test(original);
  if (!namesKind && (data.kind === DEFAULT_KIND.id || data.kind === '' || data.kind == null)) delete data.kind;
  return data;
}

/** The file text for `content`: the remembered file with the form's changes, or a new file. */
export function toFile(content: Data): string {
  const id = content[SOURCE_KEY] as string | undefined;
  const original = id === undefined ? undefined : sources.get(id);
  const data = formData(content, original);
  return original === undefined ? newNoticeYaml(data) : updateNoticeYaml(original, data);
}

/** After a save, the next save of the same entry builds on what was committed. */
export function remember(content: Data, text: string): void {
  const id = content[SOURCE_KEY] as string | undefined;
  if (id !== undefined) sources.set(id, text);
}

/** What Sveltia commits for a text toFile returned. */
export const committedText = (text: string) => `${text.trim()}\n`;
