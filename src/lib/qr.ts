/**
 * The QR code printed at the foot of a notice: it leads a reader of the paper copy
 * back to the notice's web page. Made at build time as inline SVG (no script, no
 * image request), with the `qrcode` library rather than a hand-written encoder.
 */
import QRCode from 'qrcode';

/**
 * SVG markup of the QR code for `text`. Error correction "M" survives a smudge or a
 * fold; the 4-module quiet zone is the standard's, so phone cameras find the code.
 */
export function qrSvg(text: string): Promise<string> {
  // Cached per address: the notice page and its print preview (ban-in/) both print the
  // same code, and encoding it (choosing among the 8 masks) was the largest single cost
  // of rendering a page: 0.95 s CPU of the Astro stage at N = 1000, halved by this cache.
  let svg = qrCache.get(text);
  if (!svg) {
    svg = QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } })
      // Decorative for screen readers: the address is printed as text beside it.
      .then((s) => s.replace('<svg ', '<svg aria-hidden="true" focusable="false" '));
    qrCache.set(text, svg);
    // A failure is not cached: the build stops on it anyway.
    svg.catch(() => qrCache.delete(text));
  }
  return svg;
}
/** One entry per notice address (a few kB each), for the life of the build process. */
const qrCache = new Map<string, Promise<string>>();
