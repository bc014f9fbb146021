/**
 * The QR code printed at the foot of a notice: it leads a reader of the paper copy
 * back to the notice's web page. Made at build time as an SVG file beside the page
 * (src/outputs/downloads.ts), no script. The encoding (segments, error correction, the choice among the 8
 * masks) is the `qr` library's (paulmillr/qr); this file only draws its modules.
 *
 * `qr` rather than `qrcode`: both pick the best mask as the standard says, but `qrcode`
 * did it 5× slower, and encoding one code per notice was the largest single cost of
 * rendering the pages (0.35 s CPU of 2.8 s at N = 1000, bench/README.md).
 */
import encodeQR from 'qr';

/**
 * SVG markup of the QR code for `text`. Error correction "M" survives a smudge or a
 * fold; the 4-module quiet zone is the standard's, so phone cameras find the code.
 * Decorative for screen readers: the address is printed as text beside it.
 */
export function qrSvg(text: string): string {
  // Cached per address: `astro dev` makes every download again for each one it serves.
  let svg = qrCache.get(text);
  if (svg === undefined) {
    svg = drawSvg(encodeQR(text, 'raw', { ecc: 'medium', border: 4 }));
    qrCache.set(text, svg);
  }
  return svg;
}
/** One entry per notice address (a few kB each), for the life of the build process. */
const qrCache = new Map<string, string>();

/**
 * Dark modules as horizontal strokes, one run of adjacent modules per stroke (a path of
 * single squares is 3× longer and can show hairline seams between modules), on a white
 * square that keeps the code readable on a dark screen. `shape-rendering: crispEdges`
 * keeps module edges sharp at any print size.
 */
export function drawSvg(modules: boolean[][]): string {
  const size = modules.length;
  let d = '';
  for (let y = 0; y < size; y++) {
    const row = modules[y]!;
    let penX: number | undefined; // where the last stroke of this row ended
    for (let x = 0; x < size; ) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x++;
      d += penX === undefined ? `M${start} ${y + 0.5}h${x - start}` : `m${start - penX} 0h${x - start}`;
      penX = x;
    }
  }
  return (
    `<svg aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">` +
    `<path fill="#ffffff" d="M0 0h${size}v${size}H0z"/><path stroke="#000000" d="${d}"/></svg>`
  );
}
