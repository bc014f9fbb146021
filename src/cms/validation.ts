/**
 * Refusing a save with our own validator, on the exact bytes Sveltia is about to commit.
 *
 * Sveltia 0.221 has no public hook that can mark arbitrary fields invalid: field-level
 * messages come only from `required`, `pattern: [regex, message]`, min/max, and a custom
 * (React) field type's `isValid()`. What it does have, in this order inside saveEntry():
 *   1. preSave event hooks: get the entry (an Immutable Map: data, path, slug, newRecord…);
 *   2. the custom format's toFile(content): its result, trimmed + '\n', is the file.
 * An exception thrown from either is not caught before the editor's Save handler, which
 * shows an error dialog titled "saving_entry.error.title"; when the error's message is
 * 'saving_failed', the dialog's text is `error.cause.message`. Nothing is committed.
 *
 * So: preSave records the entry's path; toFile (see main.ts) runs validateSource() on the
 * bytes it returns and throws `new Error('saving_failed', { cause })` with the Vietnamese
 * messages; the messages are also put beside their fields in the form, found by Sveltia's
 * `data-key-path` attribute (DOM, not public API), and cleared when the field is edited.
 * The checks across files (`replaces`) run too, against the repository's other notices,
 * read in preSave (other-notices.ts): toFile is synchronous, preSave is awaited.
 */
import { validateSource } from '../pipeline/validation/check.ts';
import { lifecycleProblems } from '../pipeline/validation/lifecycle.ts';
import type { Problem, ValidNotice } from '../pipeline/validation/types.ts';

let pendingPath: string | undefined;
/** The repository's other notices, read in preSave (other-notices.ts); undefined when they could not be read. */
let others: ValidNotice[] | undefined;

/**
 * preSave, after rememberPath: reads the other notices for the checks across files. When
 * GitHub cannot be read, the save goes on with the checks of the file alone: the pull
 * request's check runs them all the same, and an editor offline is not held up here.
 */
export async function readOthers(load: (path: string) => Promise<ValidNotice[] | undefined>): Promise<void> {
  others = undefined;
  try {
    others = await load(pendingPath ?? '');
  } catch (e) {
    console.warn('Không đọc được các thông báo khác để kiểm tra phần thay thế trước khi lưu:', e);
  }
}

/** preSave handler: remembers which file is being saved, clears earlier messages. */
export function rememberPath({ entry }: { entry: { get(key: string): unknown } }) {
  pendingPath = String(entry.get('path') ?? '');
  clearProblems();
  return undefined; // not an updated entry: Sveltia keeps the data as it is
}

/** The file being saved; a new notice has none until Sveltia names it from its slug. */
export function currentPath(fallback: string): string {
  return pendingPath || fallback;
}

export class RefusedSave extends Error {
  constructor(public problems: Problem[]) {
    super(problems.map((p) => p.message).join('\n'));
  }
}

/** Throws the error Sveltia turns into its save-error dialog when `text` is not a valid notice. */
export function assertValid(text: string, path: string): void {
  const result = validateSource(path, new TextEncoder().encode(text));
  const problems = result.ok ? acrossFiles(result, others ?? []) : result.problems;
  if (!problems.length) {
    // A translation behind the original: saved all the same, said beside its fields.
    if (result.ok && result.warnings.length) showProblems(result.warnings, true);
    return;
  }
  showProblems(problems);
  throw new Error('saving_failed', { cause: new RefusedSave(problems) });
}

/**
 * The build's checks of `replaces` (lifecycle.ts, the same messages) of this notice among
 * the others: those the pull request's check would report for this file (as validateAll
 * does: in it, or naming it). One found in another file goes at the top of the form, since
 * its line is not in this one.
 */
export function acrossFiles(notice: ValidNotice, others: readonly ValidNotice[]): Problem[] {
  const concerns = (p: Problem) => p.file === notice.file || (p.related ?? []).includes(notice.file);
  return lifecycleProblems([notice, ...others.filter((o) => o.slug !== notice.slug)])
    .filter(concerns)
    .map((p) => (p.file === notice.file ? p : { ...p, path: [] }));
}

const MARK = 'data-notice-problem';
/** Inputs we marked aria-invalid (Sveltia's own marks are left alone). */
const INVALID = 'data-notice-invalid';

export function clearProblems(root: ParentNode = document) {
  root.querySelectorAll(`[${MARK}]`).forEach((n) => n.remove());
  root.querySelectorAll(`[${INVALID}]`).forEach((n) => {
    n.removeAttribute('aria-invalid');
    n.removeAttribute(INVALID);
  });
}

/**
 * Puts each message beside its field; those with no field on screen go at the top of the
 * form. A warning (`warning`: what is saved all the same) is said politely, in the warning's colour.
 */
export function showProblems(problems: Problem[], warning = false) {
  const top: string[] = [];
  const say = (p: Problem) => (warning ? `Cảnh báo (vẫn lưu được): ${p.message}` : p.message);
  for (const p of problems) {
    // A warning about an item of the original its translation lacks goes at the item itself (the person's post).
    const section = (p.origin && fieldSection(p.origin, true)) || fieldSection(p.path);
    if (!section) {
      top.push(say(p));
      continue;
    }
    const note = document.createElement('div');
    note.setAttribute(MARK, '');
    note.setAttribute('role', warning ? 'status' : 'alert');
    note.className = warning ? 'notice-problem notice-warning' : 'notice-problem';
    note.textContent = say(p);
    // Sveltia's own colours and sizes for errors, so the message reads as one of the form's.
    note.style.cssText = `color: ${warning ? 'var(--sui-warning-foreground-color, #7a4d00)' : 'var(--sui-error-foreground-color, #b00020)'}; font-size: var(--sui-font-size-small, 13px); margin: 4px 0;`;
    const header = section.querySelector(':scope > header');
    (header ?? section).after(note);
    if (warning) continue;
    // Also mark the field's input(s) for assistive technology.
    section.querySelectorAll('input, textarea, [contenteditable="true"]').forEach((el) => {
      el.setAttribute('aria-invalid', 'true');
      el.setAttribute(INVALID, '');
    });
  }
  if (top.length) {
    const form = document.querySelector('[role="group"][data-key-path]')?.parentElement;
    if (form) {
      const box = document.createElement('div');
      box.setAttribute(MARK, '');
      box.setAttribute('role', warning ? 'status' : 'alert');
      box.className = warning ? 'notice-problem notice-warning notice-problem-top' : 'notice-problem notice-problem-top';
      for (const m of top) box.append(Object.assign(document.createElement('p'), { textContent: m }));
      form.prepend(box);
    }
  }
}

/** The form's group of the field at `path`, or of its nearest ancestor on screen (`exact`: only the field's own). */
function fieldSection(path: (string | number)[], exact = false): Element | null {
  for (let n = path.length; n > (exact ? path.length - 1 : 0); n--) {
    const el = document.querySelector(`[role="group"][data-key-path="${CSS.escape(path.slice(0, n).join('.'))}"]`);
    if (el) return el;
  }
  return null;
}

/** A message goes away as soon as its field is edited. */
export function watchEdits() {
  document.addEventListener('input', (e) => {
    const section = (e.target as Element | null)?.closest?.('[role="group"][data-key-path]');
    if (section) clearProblems(section);
  }, true);
}
