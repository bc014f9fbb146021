/**
 * Keeps Sveltia from contacting any third party before (or after) sign-in. Import first.
 *
 * Two things in 0.221's npm build still reach out, found by logging every request:
 *  1. @sveltia/ui's AppShell injects a <style id="svelte-…"> whose @font-face rules point
 *     at cdn.jsdelivr.net. The npm build also registers the bundled fonts with
 *     document.fonts, yet Chromium still requested the CDN files. We drop those @font-face
 *     rules from the style as it is added to <head> (head.appendChild is wrapped), before the
 *     browser can see them.
 *  2. The GitHub backend polls https://www.githubstatus.com/api/v2/status.json every 5
 *     minutes from the sign-in page on. We answer it locally ("none" = no incident).
 * Any other fetch to a host other than this site and api.github.com is refused here too,
 * besides the page's CSP (connect-src), so a new Sveltia version cannot start leaking
 * without the tests noticing (tests/admin count the requests).
 */
const CDN_FONT_FACE = /@font-face\s*\{[^}]*cdn\.jsdelivr\.net[^}]*\}/g;

function scrub<T>(node: T): T {
  // Not a third party, but caught here too: Sveltia adds a second viewport <meta> with
  // maximum-scale=1, which stops zooming on phones (axe: meta-viewport, WCAG 1.4.4).
  if (node instanceof HTMLMetaElement && node.name === 'viewport') {
    const content = node.content.replace(/,?\s*maximum-scale=[\d.]+/, '').replace(/,?\s*user-scalable=no/, '');
    if (content !== node.content) node.content = content; // (setting it unchanged would loop the observer)
  }
  if (node instanceof HTMLStyleElement && node.textContent?.includes('cdn.jsdelivr.net')) {
    node.textContent = node.textContent.replace(CDN_FONT_FACE, '');
  }
  return node;
}
// Synchronously, as the style is added: Sveltia's mount reads layout right away, which
// starts the font downloads before a MutationObserver callback would run.
const head = document.head;
const append = head.appendChild.bind(head);
const insert = head.insertBefore.bind(head);
head.appendChild = <T extends Node>(node: T): T => append(scrub(node));
head.insertBefore = <T extends Node>(node: T, child: Node | null): T => insert(scrub(node), child);

// The viewport <meta> is not always added through appendChild; watch <head> for it as well.
new MutationObserver(() => document.head.querySelectorAll('meta[name="viewport"]').forEach(scrub)).observe(document.head, {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['content'],
});

const ALLOWED_ORIGINS = new Set([location.origin, 'https://api.github.com']);
const nativeFetch = window.fetch.bind(window);

window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (url.protocol === 'data:' || url.protocol === 'blob:') return nativeFetch(input, init);
  if (url.href === 'https://www.githubstatus.com/api/v2/status.json') {
    return Promise.resolve(new Response(JSON.stringify({ status: { indicator: 'none' } }), { headers: { 'content-type': 'application/json' } }));
  }
  if (!ALLOWED_ORIGINS.has(url.origin)) {
    console.warn(`[admin] refused a request to ${url.origin}`);
    return Promise.reject(new TypeError(`refused: ${url.origin}`));
  }
  return nativeFetch(input, init);
};
