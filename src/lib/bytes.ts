/**
 * Bytes without Node's Buffer or node:crypto, so that the same code runs in the build and in
 * the staff form's browser (src/original/ verifies a signed original in both): the SHA-256 of
 * a file by WebCrypto (`globalThis.crypto`, which Node 24 and every browser the form supports
 * have), hex and base64 by hand.
 */

/** The WebCrypto of this runtime: Node's and the browser's are the same API on globalThis. */
export function webCrypto(): Crypto {
  const c = globalThis.crypto;
  if (!c?.subtle) throw new Error('WebCrypto (globalThis.crypto.subtle) is not available here');
  return c;
}

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/** The SHA-256 of `bytes`, as 64 lower-case hex digits (what `original.sha256` holds). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // A copy into a plain ArrayBuffer: WebCrypto refuses views of shared or resizable memory.
  return toHex(new Uint8Array(await webCrypto().subtle.digest('SHA-256', bytes.slice())));
}

/** Base64 (PEM bodies; GitHub's file contents) to bytes; whitespace is ignored. Throws on anything else. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/\s+/g, ''));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Bytes to base64, in slices (String.fromCharCode takes a bounded number of arguments). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
