/**
 * Every word of the interface, one JSON file per language (`<lang>.json` beside this
 * file), read through one function: `t(key, values)`. Vietnamese is the site's own
 * language and the reference: every other language file has exactly its keys (tested).
 *
 * A text may hold `{name}` placeholders; `t` fills them in as plain text (the page
 * escapes it), and `parts` splits a text at them for a component that puts markup there
 * (the <kbd> keys of the print preview's help).
 */
import vi from './vi.json' with { type: 'json' };

export type StringKey = keyof typeof vi;
export type Strings = Record<StringKey, string>;
export type Lang = 'vi';
export type Translate = (key: StringKey, values?: Record<string, string | number>) => string;

const LANGUAGES: Record<Lang, Strings> = { vi };

export const DEFAULT_LANG: Lang = 'vi';

export function strings(lang: Lang): Strings {
  return LANGUAGES[lang];
}

function fill(template: string, values: Record<string, string | number> | undefined): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The interface's words in `lang`. A missing placeholder value is left visible, never silently dropped. */
export function translator(lang: Lang = DEFAULT_LANG): Translate {
  const table = strings(lang);
  return (key, values) => fill(table[key], values);
}

/** A text split at its placeholders: plain strings, and `{ slot: name }` where each placeholder stood. */
export function parts(template: string): (string | { slot: string })[] {
  return template.split(/(\{\w+\})/).filter(Boolean).map((p) => (/^\{\w+\}$/.test(p) ? { slot: p.slice(1, -1) } : p));
}
