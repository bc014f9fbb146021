/**
 * Vietnamese interface. Sveltia 0.221 has no config option for its UI language: it uses the
 * saved preference (localStorage 'sveltia-cms.prefs' → locale), else the browser's
 * languages, else en-US. The preference is read when Sveltia's modules are *evaluated*
 * (before CMS.init), so this module must be imported before '@sveltia/cms'.
 * Staff keep any language they pick later in Sveltia's settings.
 */
const PREFS = 'sveltia-cms.prefs';
try {
  const prefs = JSON.parse(localStorage.getItem(PREFS) ?? '{}') ?? {};
  if (!prefs.locale || prefs.locale === 'auto') localStorage.setItem(PREFS, JSON.stringify({ ...prefs, locale: 'vi' }));
} catch {
  // storage blocked: Sveltia falls back to the browser's language
}
