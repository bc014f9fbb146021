/**
 * Every word of the interface, one JSON file per language, read through one function:
 * `t(key, values)`. Vietnamese is the site's own language and the reference: every other
 * strings file has exactly its keys, with the same placeholders (checked when the content
 * is validated, src/pipeline/validation/strings.ts).
 *
 * Where a language's words come from is content, not code: the languages a site speaks
 * are those of its content/site.yaml (`translations`), and each one's strings file is
 * content/i18n/<lang>.json when the content folder has one, else the built-in file
 * beside this one (BUILT_IN). So another language is a strings file in the content
 * folder and translation blocks in the YAML; no component changes.
 *
 * A text may hold `{name}` placeholders; `t` fills them in as plain text (the page
 * escapes it), and `parts` splits a text at them for a component that puts markup there
 * (the <kbd> keys of the print preview's help).
 */
import vi from './vi.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };

export type StringKey = keyof typeof vi;
export type Strings = Record<StringKey, string>;
/** A language as BCP 47 writes it: "vi", "en", "ja". Which ones a site has is content (site.yaml). */
export type Lang = string;
export type Translate = (key: StringKey, values?: Record<string, string | number>) => string;

/** The site's own language: the official text, and the reference every strings file follows. */
export const DEFAULT_LANG: Lang = 'vi';

/**
 * Strings files shipped with the project. Imported (not read from disk) so that they also
 * reach the browser-side staff editor; a content folder may add others (content/i18n/).
 */
export const BUILT_IN: Readonly<Record<Lang, Strings>> = { vi, en };

/** The reference: its keys and placeholders are what every strings file must have. */
export const REFERENCE_STRINGS: Strings = vi;

/** A built-in language's strings, or undefined (a content folder's own languages are not here). */
export function builtInStrings(lang: Lang): Strings | undefined {
  return Object.hasOwn(BUILT_IN, lang) ? BUILT_IN[lang] : undefined;
}

function fill(template: string, values: Record<string, string | number> | undefined): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * The interface's words: a built-in language by its code, or a table of strings (a
 * content folder's language). A missing placeholder value is left visible, never silently dropped.
 */
export function translator(lang: Lang | Strings = DEFAULT_LANG): Translate {
  const table = typeof lang === 'string' ? builtInStrings(lang) : lang;
  if (!table) throw new Error(`Không có chữ giao diện cho ngôn ngữ "${String(lang)}".`);
  return (key, values) => fill(table[key], values);
}

/** The `{name}` placeholders of a text, in order of appearance, each once. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))];
}

/** A text split at its placeholders: plain strings, and `{ slot: name }` where each placeholder stood. */
export function parts(template: string): (string | { slot: string })[] {
  return template.split(/(\{\w+\})/).filter(Boolean).map((p) => (/^\{\w+\}$/.test(p) ? { slot: p.slice(1, -1) } : p));
}
