/**
 * What an incremental update changed, and whether that change is one a signed PDF may carry.
 *
 * Every save of a signed PDF appends an "incremental update": new versions of some objects,
 * a new xref and trailer. We load the file as it was at the end of one revision and as it is
 * at the end of a later one, and compare every object (by its serialised bytes, so formatting
 * is not mistaken for change). What is left after the allowed changes is what we report:
 *  - after the last signature: only validation data (a /DSS dictionary with its VRI entries,
 *    certificates, OCSP responses and CRLs: PAdES long-term validation, ETSI EN 319 142-1),
 *    and the new save time and producer that tools stamp in Info and XMP while adding it;
 *  - between two signatures: that, plus what adding the next signature needs (its signature
 *    dictionary, field and widget, the AcroForm, the page's /Annots), and nothing of the
 *    pages' content, so both signers signed the same document.
 */
import { PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef, type PDFDocument, type PDFObject } from 'pdf-lib';

/** What kind of change staff are told about (see messages.ts for the wording). */
export type ChangeKind = 'page-added' | 'page-content' | 'annotation' | 'form' | 'metadata' | 'catalog' | 'other';

interface Change {
  ref: PDFRef;
  before: PDFObject | undefined;
  after: PDFObject;
}

function serialise(o: PDFObject): string {
  const buf = new Uint8Array(o.sizeInBytes());
  o.copyBytesInto(buf, 0);
  return new TextDecoder('latin1').decode(buf);
}

function changedObjects(before: PDFDocument, after: PDFDocument): Change[] {
  const changes: Change[] = [];
  for (const [ref, obj] of after.context.enumerateIndirectObjects()) {
    const old = before.context.lookup(ref);
    if (old === undefined || serialise(old) !== serialise(obj)) changes.push({ ref, before: old, after: obj });
  }
  return changes;
}

const N = (s: string) => PDFName.of(s);

function resolve(doc: PDFDocument, o: PDFObject | undefined): PDFObject | undefined {
  return o instanceof PDFRef ? doc.context.lookup(o) : o;
}

/** Keys whose values differ between two versions of a dictionary. */
function changedKeys(before: PDFDict, after: PDFDict): string[] {
  const keys = new Set([...before.keys(), ...after.keys()].map((k) => k.decodeText()));
  return [...keys].filter((k) => {
    const x = before.get(N(k));
    const y = after.get(N(k));
    return x === undefined || y === undefined ? x !== y : serialise(x) !== serialise(y);
  });
}

function refTags(doc: PDFDocument, o: PDFObject | undefined): string[] {
  const arr = resolve(doc, o);
  return arr instanceof PDFArray ? arr.asArray().flatMap((e) => (e instanceof PDFRef ? [e.tag] : [])) : [];
}

/**
 * Objects that belong to the document security store, following only its defined structure
 * (so an update cannot pass off a changed page stream by listing it under /DSS).
 */
function dssObjects(doc: PDFDocument): Set<string> {
  const out = new Set<string>();
  const take = (o: PDFObject | undefined): PDFObject | undefined => {
    if (o instanceof PDFRef) out.add(o.tag);
    return resolve(doc, o);
  };
  const dss = take(doc.catalog.get(N('DSS')));
  if (!(dss instanceof PDFDict)) return out;
  const takeList = (d: PDFDict, key: string) => {
    const arr = take(d.get(N(key)));
    if (arr instanceof PDFArray) for (const e of arr.asArray()) take(e);
  };
  for (const key of ['Certs', 'OCSPs', 'CRLs']) takeList(dss, key);
  const vri = take(dss.get(N('VRI')));
  if (vri instanceof PDFDict) {
    for (const value of vri.values()) {
      const entry = take(value);
      if (!(entry instanceof PDFDict)) continue;
      for (const key of ['Cert', 'OCSP', 'CRL']) takeList(entry, key);
      take(entry.get(N('TS')));
    }
  }
  return out;
}

/** Every indirect object reachable from `o` (for a widget's appearance streams). */
function reachable(doc: PDFDocument, o: PDFObject | undefined, out: Set<string>): void {
  if (o instanceof PDFRef) {
    if (out.has(o.tag)) return;
    out.add(o.tag);
    reachable(doc, doc.context.lookup(o), out);
  } else if (o instanceof PDFDict) for (const v of o.values()) reachable(doc, v, out);
  else if (o instanceof PDFArray) for (const v of o.asArray()) reachable(doc, v, out);
  else if (o instanceof PDFRawStream) reachable(doc, o.dict, out);
}

function isSignatureField(doc: PDFDocument, d: PDFObject | undefined): boolean {
  if (!(d instanceof PDFDict)) return false;
  if (d.get(N('FT')) === N('Sig')) return true;
  // A widget that is a kid of a signature field inherits /FT from its parent.
  return d.get(N('Subtype')) === N('Widget') && resolve(doc, d.get(N('Parent'))) instanceof PDFDict
    ? isSignatureField(doc, resolve(doc, d.get(N('Parent'))))
    : false;
}

/** Where staff would see the change: the page content, a new page, an annotation… */
function kindOf(doc: PDFDocument, change: Change, pageContents: Set<string>, infoTag: string | undefined): ChangeKind {
  const o = change.after instanceof PDFRawStream ? change.after.dict : change.after;
  if (pageContents.has(change.ref.tag)) return 'page-content';
  if (change.ref.tag === infoTag) return 'metadata';
  if (!(o instanceof PDFDict)) return 'other';
  const type = o.get(N('Type'));
  if (type === N('Page')) {
    if (!change.before) return 'page-added';
    // A page whose only change is its /Annots list has had a note or link put on it.
    const keys = change.before instanceof PDFDict ? changedKeys(change.before, o) : [];
    return keys.length > 0 && keys.every((k) => k === 'Annots') ? 'annotation' : 'page-content';
  }
  if (type === N('Pages')) return 'page-added';
  if (type === N('Metadata')) return 'metadata';
  if (type === N('Annot') || (o.has(N('Subtype')) && o.has(N('Rect')))) return isSignatureField(doc, o) ? 'form' : 'annotation';
  if (type === N('AcroForm') || o.has(N('FT'))) return 'form';
  return 'other';
}

/** Streams that some page draws as its content, in either version. */
function contentStreams(...docs: PDFDocument[]): Set<string> {
  const out = new Set<string>();
  for (const doc of docs)
    for (const [, obj] of doc.context.enumerateIndirectObjects()) {
      if (!(obj instanceof PDFDict) || obj.get(N('Type')) !== N('Page')) continue;
      const c = obj.get(N('Contents'));
      if (c instanceof PDFRef) out.add(c.tag);
      for (const t of refTags(doc, c)) out.add(t);
    }
  return out;
}

export interface RevisionCheck {
  /** true between two signatures: what adding the next signature needs is allowed too. */
  signatureAdded: boolean;
  /** The next signature's dictionaries (refs), which that revision must create. */
  nextSignatures?: PDFRef[];
}

/**
 * The kinds of change from `before` to `after` that the rules above do not allow; empty when
 * the update is acceptable.
 */
export function disallowedChanges(before: PDFDocument, after: PDFDocument, check: RevisionCheck): ChangeKind[] {
  const found = new Set<ChangeKind>();
  const rootBefore = before.context.trailerInfo.Root;
  const rootAfter = after.context.trailerInfo.Root;
  if (!(rootBefore instanceof PDFRef) || !(rootAfter instanceof PDFRef) || rootBefore.tag !== rootAfter.tag) found.add('catalog');

  const changes = changedObjects(before, after);
  const changed = new Map(changes.map((c) => [c.ref.tag, c]));
  const isNew = (tag: string) => changed.has(tag) && changed.get(tag)!.before === undefined;
  const dss = dssObjects(after);

  // What adding a signature may create: its dictionary, a signature field/widget and its
  // appearance, and (if the form is new) the AcroForm and its resources.
  const sigAllowed = new Set<string>();
  const nextSigs = new Set((check.nextSignatures ?? []).map((r) => r.tag));
  if (check.signatureAdded) {
    for (const t of nextSigs) sigAllowed.add(t);
    for (const c of changes) {
      if (!isSignatureField(after, c.after)) continue;
      const v = (c.after as PDFDict).get(N('V'));
      if (v instanceof PDFRef && !nextSigs.has(v.tag) && !(c.before instanceof PDFDict && (c.before as PDFDict).get(N('V')) === v)) continue;
      sigAllowed.add(c.ref.tag);
      const ap = new Set<string>();
      reachable(after, (c.after as PDFDict).get(N('AP')), ap);
      for (const t of ap) if (isNew(t)) sigAllowed.add(t);
    }
    const acroForm = after.catalog.get(N('AcroForm'));
    if (acroForm instanceof PDFRef && isNew(acroForm.tag)) {
      sigAllowed.add(acroForm.tag);
      const dr = new Set<string>();
      reachable(after, (after.context.lookup(acroForm) as PDFDict | undefined)?.get(N('DR')), dr);
      for (const t of dr) if (isNew(t)) sigAllowed.add(t);
    }
  }

  const pageContents = contentStreams(before, after);
  const info = after.context.trailerInfo.Info;
  const infoTag = info instanceof PDFRef ? info.tag : undefined;
  const infoBefore = resolve(before, before.context.trailerInfo.Info);
  const catalogKeys = new Set(['DSS', 'Extensions', 'Metadata', ...(check.signatureAdded ? ['AcroForm'] : [])]);
  const xmp = after.catalog.get(N('Metadata'));
  const xmpTag = xmp instanceof PDFRef ? xmp.tag : undefined;

  /**
   * Signing and LTV tools (iText's append mode, Acrobat) restamp the save time and their own
   * name, in Info and in the XMP: nothing a reader of the document sees, so not a change to it.
   */
  const metadataRestamp = (c: Change): boolean => {
    if (c.ref.tag === xmpTag) return c.after instanceof PDFRawStream && c.after.dict.get(N('Type')) === N('Metadata');
    if (c.ref.tag !== infoTag || !(c.after instanceof PDFDict)) return false;
    const old = c.before instanceof PDFDict ? c.before : infoBefore instanceof PDFDict ? infoBefore : undefined;
    return !!old && changedKeys(old, c.after).every((k) => k === 'ModDate' || k === 'Producer');
  };
  const acroFormRef = after.catalog.get(N('AcroForm'));

  /** An array that may only grow, and only by objects we allow (fields, widgets). */
  const onlyAddsAllowed = (x: PDFObject | undefined, y: PDFObject | undefined, docX: PDFDocument, docY: PDFDocument) => {
    const old = refTags(docX, x);
    const now = refTags(docY, y);
    return old.every((t) => now.includes(t)) && now.every((t) => old.includes(t) || sigAllowed.has(t));
  };

  for (const c of changes) {
    const tag = c.ref.tag;
    if (metadataRestamp(c)) continue;
    if (c.before === undefined) {
      if (dss.has(tag) || sigAllowed.has(tag)) continue;
      found.add(kindOf(after, c, pageContents, infoTag));
      continue;
    }
    if (c.before instanceof PDFDict && c.after instanceof PDFDict) {
      const keys = changedKeys(c.before, c.after);
      if (rootAfter instanceof PDFRef && tag === rootAfter.tag) {
        if (keys.some((k) => !catalogKeys.has(k))) found.add('catalog');
        else if (keys.includes('AcroForm') && acroFormRef instanceof PDFDict) {
          // An AcroForm written inline in the catalog: the same rules as an indirect one.
          const old = c.before.get(N('AcroForm'));
          if (!(old instanceof PDFDict) || !onlyAddsAllowed(old.get(N('Fields')), acroFormRef.get(N('Fields')), before, after)) found.add('form');
        }
        continue;
      }
      if (check.signatureAdded) {
        if (acroFormRef instanceof PDFRef && tag === acroFormRef.tag) {
          const ok = keys.every((k) => ['Fields', 'SigFlags', 'DR', 'DA'].includes(k));
          if (ok && onlyAddsAllowed(c.before.get(N('Fields')), c.after.get(N('Fields')), before, after)) continue;
          found.add('form');
          continue;
        }
        if (c.after.get(N('Type')) === N('Page') && keys.every((k) => k === 'Annots')) {
          if (onlyAddsAllowed(c.before.get(N('Annots')), c.after.get(N('Annots')), before, after)) continue;
          found.add('annotation');
          continue;
        }
        // Filling an empty signature field that was already in the document.
        if (sigAllowed.has(tag) && keys.every((k) => ['V', 'AP'].includes(k))) continue;
      }
    }
    if (check.signatureAdded && c.before instanceof PDFArray && c.after instanceof PDFArray) {
      // An indirect /Annots or /Fields array gaining the new widget.
      if (onlyAddsAllowed(c.before, c.after, before, after)) continue;
    }
    found.add(kindOf(after, c, pageContents, infoTag));
  }
  return [...found];
}
