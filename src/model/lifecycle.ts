/**
 * A notice's life, decided once for the whole site: which notices are in force, which
 * have been replaced and by what, and which notice's numbers a resident may call.
 *
 *  - Only an issued notice (a number and a full date) takes effect. An issued notice that
 *    names others in `replaces` ends them; a draft that names one changes nothing until it
 *    is issued: the notice it names stays in force.
 *  - A notice is *in force* when it is issued and no issued notice replaces it.
 *  - Its numbers are *offered* (contact card, tap-to-call, vCards, ContactPoint, the
 *    directory) when nothing in force says otherwise: a notice in force, or a draft that
 *    replaces nothing (the seed notice is such a draft, and residents use its numbers
 *    today). A replaced notice offers none, and neither does a draft that names a notice
 *    in force: that notice's numbers are the ones to call until the draft is issued.
 *
 * The content has passed the checks across files (src/pipeline/validation/lifecycle.ts) in a
 * build; in `astro dev` a refused chain is reported and the pages still render, so
 * nothing here assumes the chain is sound: unknown names are ignored and no walk loops.
 */
import type { Notice } from '../schema/notice.ts';
import { parseNoticeDate, sortKey } from '../lib/dates.ts';
import { isIssued } from '../lib/document-number.ts';

export { isIssued };

export type LifecycleState = 'in-force' | 'replaced' | 'draft';

export interface Lifecycle {
  state: LifecycleState;
  /** Whether residents are offered this notice's numbers to call (see above). */
  offersContacts: boolean;
  /** The issued notice that replaced this one. */
  replacedBy?: string;
  /** Where the chain of issued replacements ends: the notice in force now, when it is not `replacedBy` itself. */
  inForceNow?: string;
  /** The notices this one names in `replaces` that exist, in the order written. */
  replaces: string[];
}

const dateKey = (n: Notice) => {
  const d = parseNoticeDate(n.date);
  return d ? sortKey(d) : 0;
};

/** The lifecycle of every notice, by slug. */
export function lifecycles(entries: readonly { slug: string; data: Notice }[]): Map<string, Lifecycle> {
  const bySlug = new Map(entries.map((e) => [e.slug, e.data]));
  const replacedBy = new Map<string, string>();
  // Newest first, so that if two notices name the same one (refused, but possible in
  // `astro dev`), the newer wins, as a resident would expect.
  const newestFirst = [...entries].sort((a, b) => dateKey(b.data) - dateKey(a.data) || a.slug.localeCompare(b.slug));
  for (const { slug, data } of newestFirst) {
    if (!isIssued(data)) continue;
    for (const old of data.replaces ?? []) {
      if (old !== slug && bySlug.has(old) && !replacedBy.has(old)) replacedBy.set(old, slug);
    }
  }

  const out = new Map<string, Lifecycle>();
  for (const { slug, data } of entries) {
    const issued = isIssued(data);
    const by = issued ? replacedBy.get(slug) : undefined;
    const replaces = (data.replaces ?? []).filter((s) => s !== slug && bySlug.has(s));
    const state: LifecycleState = !issued ? 'draft' : by ? 'replaced' : 'in-force';
    // A draft is pending when what it names is still in force.
    const namesInForce = replaces.some((s) => isIssued(bySlug.get(s)!) && !replacedBy.has(s));
    const offersContacts = state === 'in-force' || (state === 'draft' && !namesInForce);
    let now = by;
    for (const seen = new Set([slug]); now && replacedBy.has(now) && !seen.has(now); ) {
      seen.add(now);
      now = replacedBy.get(now);
    }
    out.set(slug, {
      state,
      offersContacts,
      ...(by ? { replacedBy: by } : {}),
      ...(now && now !== by && now !== slug ? { inForceNow: now } : {}),
      replaces,
    });
  }
  return out;
}
