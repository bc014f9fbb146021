/**
 * The text a PDF shows, with pdfjs-dist (the same reader Firefox uses, so what it extracts is
 * what a reader sees), and the notice's number and date as printed in it.
 *
 * We use the legacy build: the modern one expects browser globals that Node lacks. pdfjs's
 * "worker" runs in the same thread, in Node and in the staff form's browser alike: its module
 * is imported here and handed over as `globalThis.pdfjsWorker` (pdfjs's own hook), so no
 * workerSrc, no worker file to serve and no `worker-src` in the form's policy; a notice's
 * original is a few pages. System fonts and font faces are off because we only read text,
 * never draw it. verbosity 0 keeps its warnings about odd PDFs out of the build log.
 */
import { parseNoticeDate } from '../lib/dates.ts';

export interface PrintedDate {
  day: number;
  month: number;
  year: number;
  /** As printed ("ngày 05 tháng 02 năm 2026"), to quote it back to staff. */
  text: string;
}

/** All pages' text, one line per line of the page, NFC (Vietnamese from CMaps can come decomposed). */
export async function extractText(pdf: Uint8Array): Promise<string> {
  // Loaded on first use: pdfjs is large, and only a signed or scanned original needs it, so
  // `npm run validate` on notices without one does not pay for it.
  const [{ getDocument }, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
  // pdfjs may take ownership of (detach) the buffer it is given: pass a copy.
  const task = getDocument({ data: pdf.slice(), useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  try {
    const doc = await task.promise;
    const lines: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      let line = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        line += item.str;
        if (item.hasEOL) {
          lines.push(line);
          line = '';
        }
      }
      if (line) lines.push(line);
    }
    return lines.join('\n').normalize('NFC');
  } finally {
    await task.destroy();
  }
}

/** A scan has no text layer (or a few stray characters): then there is nothing to compare. */
export function hasText(text: string): boolean {
  return text.replace(/\s+/g, '').length >= 20;
}

/** "Số: 15/TB-NV" → "15/TB-NV": the first such line is the notice's number (Decree 30, Phụ lục I). */
export function printedNumber(text: string): string | undefined {
  const m = /(?:^|\s)Số\s*:\s*([0-9][^\s]*)/iu.exec(text);
  return m?.[1];
}

const DATE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu;

/**
 * The notice's date as printed. The heading's date follows the place name and a comma
 * ("Hải Phòng, ngày 15 tháng 5 năm 2026"); the body can cite other dates, so that one wins,
 * and the first date anywhere is only the fallback.
 */
export function printedDate(text: string): PrintedDate | undefined {
  let first: PrintedDate | undefined;
  for (const m of text.matchAll(DATE)) {
    const date = { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]), text: m[0].replace(/\s+/g, ' ') };
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    if (/,\s*$/.test(before)) return date;
    first ??= date;
  }
  return first;
}

/** Compared as numbers: "ngày 5" and "ngày 05" are the same day (the form is the print's business). */
export function sameDate(printed: PrintedDate, isoDate: string): boolean {
  const d = parseNoticeDate(isoDate);
  if (!d) return false;
  return printed.year === d.year && printed.month === d.month && (d.day === null || printed.day === d.day);
}

/** Whitespace and case do not make a different number ("15/TB-NV" = "15/tb-nv" = "15 / TB-NV"). */
export function sameNumber(printed: string, expected: string): boolean {
  const key = (s: string) => s.normalize('NFC').replace(/\s+/g, '').toLocaleUpperCase('vi');
  return key(printed) === key(expected);
}
