// The print preview's "In" button. Shown only when this script runs: without JavaScript
// the page says to press Ctrl+P instead. An external same-origin file, never inline,
// so the site can forbid inline scripts (Content-Security-Policy: script-src 'self').
for (const button of document.querySelectorAll('[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
