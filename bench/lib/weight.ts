/**
 * Page weight of a first render: the HTML and what it makes the browser fetch before the
 * page is idle (stylesheets, scripts, module preloads), each gzipped, against the notice's
 * own text gzipped. Images are not counted: the pages have none, and a test would catch
 * one appearing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, walkSync, ELEMENT_NODE, type ElementNode } from 'ultrahtml';
import { gzipBytes } from './stats.ts';

export interface FirstRenderAssets {
  stylesheets: string[];
  scripts: string[];
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
    } else if (el.name === 'style') {
      inlineCss += el.children.map((c) => ('value' in c ? String(c.value) : '')).join('');
    }
  });
  return { stylesheets, scripts, inlineCss };
}

export interface PageWeight {
  html: number;
  /** The inline CSS gzipped on its own (already included in `html`). */
  inlineCss: number;
  css: number;
  js: number;
  total: number;
}

/**
 * Gzipped bytes of one built page and its first-render assets. `site` is the built folder,
 * `base` the site's base path; an asset on another host throws (the site must load
 * nothing from elsewhere).
 */
export function pageWeight(site: string, htmlFile: string, base = '/'): PageWeight {
  const html = readFileSync(htmlFile, 'utf8');
  const { stylesheets, scripts, inlineCss } = firstRenderAssets(html);
  const local = (url: string) => {
    if (/^[a-z]+:|^\/\//i.test(url)) throw new Error(`${htmlFile} loads ${url} from another site`);
    const clean = url.split(/[?#]/)[0]!;
    const rel = clean.startsWith(base) ? clean.slice(base.length) : path.relative(site, path.resolve(path.dirname(htmlFile), clean));
    return readFileSync(path.join(site, rel));
  };
  const css = stylesheets.reduce((sum, u) => sum + gzipBytes(local(u)), 0);
  const js = scripts.reduce((sum, u) => sum + gzipBytes(local(u)), 0);
  const h = gzipBytes(html);
  return { html: h, inlineCss: inlineCss ? gzipBytes(inlineCss) : 0, css, js, total: h + css + js };
}
