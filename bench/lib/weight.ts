/**
 * Page weight of a first render: the HTML and what it makes the browser fetch before the
 * page is idle (stylesheets, scripts, module preloads), each gzipped, against the notice's
 * own text gzipped. Images are not counted: a notice page's one image is the QR code of its
 * paper copy (hidden on screen, loaded at low priority after the page paints); its weight is
 * reported apart (`images`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, walkSync, ELEMENT_NODE, type ElementNode } from 'ultrahtml';
import { gzipBytes } from './stats.ts';

export interface FirstRenderAssets {
  stylesheets: string[];
  scripts: string[];
  /** `<img src>`: not needed to paint (see above), counted apart. */
  images: string[];
  /** Text of inline `<style>` elements: part of the HTML, counted apart to show its share. */
  inlineCss: string;
}

/**
 * The URLs a page loads up front: `<link rel="stylesheet">` (but media="print"), `<link rel="modulepreload">`
 * and every `<script src>` (classic, defer, async and module scripts all load before the
 * page is idle). Scripts a page imports only on demand do not appear in the HTML.
 */
export function firstRenderAssets(html: string): FirstRenderAssets {
  const stylesheets: string[] = [];
  const scripts: string[] = [];
  const images: string[] = [];
  let inlineCss = '';
  walkSync(parse(html), (node) => {
    if (node.type !== ELEMENT_NODE) return;
    const el = node as ElementNode;
    const rel = (el.attributes.rel ?? '').toLowerCase().split(/\s+/);
    if (el.name === 'link' && el.attributes.href) {
      // A print stylesheet does not hold up the screen's first render.
      if (rel.includes('stylesheet') && (el.attributes.media ?? 'all') !== 'print') stylesheets.push(el.attributes.href);
      else if (rel.includes('modulepreload')) scripts.push(el.attributes.href);
    } else if (el.name === 'script' && el.attributes.src) {
      scripts.push(el.attributes.src);
    } else if (el.name === 'img' && el.attributes.src) {
      images.push(el.attributes.src);
    } else if (el.name === 'style') {
      inlineCss += el.children.map((c) => ('value' in c ? String(c.value) : '')).join('');
    }
  });
  return { stylesheets, scripts, images, inlineCss };
}

export interface PageWeight {
  html: number;
  /** The inline CSS gzipped on its own (already included in `html`). */
  inlineCss: number;
  css: number;
  js: number;
  total: number;
  /** Images the page loads (not part of `total`). */
  images: number;
}

/**
 * Gzipped bytes of one built page and its first-render assets. `site` is the built folder,
 * `base` the site's base path; an asset on another host throws (the site must load
 * nothing from elsewhere).
 */
export function pageWeight(site: string, htmlFile: string, base = '/'): PageWeight {
  const html = readFileSync(htmlFile, 'utf8');
  const { stylesheets, scripts, images, inlineCss } = firstRenderAssets(html);
  const local = (url: string) => {
    if (/^[a-z]+:|^\/\//i.test(url)) throw new Error(`${htmlFile} loads ${url} from another site`);
    const clean = url.split(/[?#]/)[0]!;
    const rel = clean.startsWith(base) ? clean.slice(base.length) : path.relative(site, path.resolve(path.dirname(htmlFile), clean));
    return readFileSync(path.join(site, rel));
  };
  const css = stylesheets.reduce((sum, u) => sum + gzipBytes(local(u)), 0);
  const js = scripts.reduce((sum, u) => sum + gzipBytes(local(u)), 0);
  const img = images.reduce((sum, u) => sum + gzipBytes(local(u)), 0);
  const h = gzipBytes(html);
  return { html: h, inlineCss: inlineCss ? gzipBytes(inlineCss) : 0, css, js, total: h + css + js, images: img };
}

/** Issue 23's target for a notice page: its HTML, gzipped, at most this many bytes (the seed's). */
export const NOTICE_HTML_BUDGET = 6_000;

/**
 * The parts of a notice page's HTML (src/pages/[...lang]/thong-bao/[slug].astro and the layout),
 * each found by its markup; a part the page does not have is left out.
 */
const PARTS: [string, RegExp][] = [
  ['head: title, description, links, Open Graph', /<head>[\s\S]*?(?=<script type="application\/ld\+json"|<meta http-equiv|<style|<\/head>)/],
  ['head: JSON-LD', /<script type="application\/ld\+json">[\s\S]*?<\/script>/],
  ['head: Content-Security-Policy', /<meta http-equiv="content-security-policy"[^>]*>/],
  ['head: inline CSS', /<style>[\s\S]*?<\/style>/],
  ['site header (skip link, name, search, languages)', /<a class="skip-link"[\s\S]*?<\/header>/],
  ['banner and title', /<article class="notice">[\s\S]*?(?=<section class="contact|<link rel="stylesheet"|<section class="downloads)/],
  ['contact block', /<section class="contact[\s\S]*?<\/section>/],
  ['downloads', /<section class="downloads[\s\S]*?<\/section>/],
  ['official text', /<section class="official"[\s\S]*?(?=<div class="doc-qr")/],
  ['QR code block (paper only)', /<div class="doc-qr"[\s\S]*?<\/div><\/section>/],
  ['footer', /<footer class="site-footer">[\s\S]*?<\/footer>/],
];

export interface HtmlPart {
  part: string;
  /** Bytes as written. */
  raw: number;
  /** What the page's gzipped HTML would weigh less without it (gzip shares repeated text between parts). */
  gz: number;
}

/** Where a notice page's gzipped bytes go, part by part. */
export function htmlParts(html: string): HtmlPart[] {
  const whole = gzipBytes(html);
  return PARTS.flatMap(([part, re]) => {
    const m = re.exec(html);
    if (!m) return [];
    return [{ part, raw: Buffer.byteLength(m[0]), gz: whole - gzipBytes(html.slice(0, m.index) + html.slice(m.index + m[0].length)) }];
  });
}
