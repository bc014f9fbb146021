/**
 * What a notice page shows beyond every notice page's frame, decided once here for the
 * components that show it and for the styles the page then carries: site.css is in every
 * page; the rules of a lifecycle mark (lifecycle.css) and of a reception schedule's days
 * (reception.css) are inline in the <head> of the pages that show one only, so that they
 * paint from the HTML alone and cost nothing on the pages that do not. They follow site.css in
 * the page's one <style>, whose hash is in its Content-Security-Policy (src/components/PageHead.astro).
 */
import type { NoticeRef, NoticeView } from '../model/notice.ts';
import lifecycleCss from '../styles/lifecycle.css?inline';
import receptionCss from '../styles/reception.css?inline';

/**
 * The banner before the title (src/components/LifecycleBanner.astro): a replaced notice's, or
 * a draft's that will replace a notice still in force; none for any other notice.
 */
export function bannerKind(view: NoticeView): 'replaced' | 'pending' | null {
  const life = view.lifecycle;
  return life.replacedBy ? 'replaced' : life.state === 'draft' && !life.offersContacts ? 'pending' : null;
}

/** What the line under the title says this notice replaces (a draft says it in its banner instead). */
export function replacesShown(view: NoticeView): NoticeRef[] {
  return view.lifecycle.state === 'draft' ? [] : view.lifecycle.replaces;
}

/** Whether the status line marks the notice as no longer in force (replaced, or its period over). */
export function notInForceBadge(view: NoticeView): boolean {
  return view.lifecycle.label !== null && !view.lifecycle.inForce;
}

/** The inline stylesheets a notice page carries beyond site.css, in the order they go in <head>. */
export function noticeStyles(view: NoticeView): string[] {
  const lifecycle = bannerKind(view) !== null || notInForceBadge(view) || replacesShown(view).length > 0;
  const receptionDays = view.lifecycle.offersContacts && (view.reception?.sessions.some((s) => s.upcoming.length > 0) ?? false);
  return [...(lifecycle ? [lifecycleCss] : []), ...(receptionDays ? [receptionCss] : [])];
}
