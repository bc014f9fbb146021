/**
 * src/lib/bytes.ts: what the signed-original verifier hashes and decodes with, in the build and in
 * the staff form's browser alike, against Node's own createHash and Buffer.
 */
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fromBase64, sameBytes, sha256Hex, toBase64, toHex } from '../../src/lib/bytes.ts';

describe('bytes without Node', () => {
  const samples = [new Uint8Array(0), new TextEncoder().encode('%PDF-1.7 Sở Ngoại vụ'), randomBytes(200_001)];

  it('hashes as createHash does, for an empty file, text and a file larger than one base64 slice', async () => {
    for (const b of samples) expect(await sha256Hex(b)).toBe(createHash('sha256').update(b).digest('hex'));
    // A view into a larger buffer hashes its own bytes only.
    const big = randomBytes(100);
    expect(await sha256Hex(big.subarray(10, 20))).toBe(createHash('sha256').update(big.subarray(10, 20)).digest('hex'));
  });

  it('writes hex and base64 as Buffer does, and reads base64 back, whitespace and line ends of PEM included', () => {
    for (const b of samples) {
      expect(toHex(b)).toBe(Buffer.from(b).toString('hex'));
      expect(toBase64(b)).toBe(Buffer.from(b).toString('base64'));
      const wrapped = toBase64(b).replace(/.{64}/g, '$&\r\n');
      expect(sameBytes(fromBase64(wrapped), b)).toBe(true);
    }
    expect(() => fromBase64('không phải base64')).toThrow();
    expect(sameBytes(new Uint8Array([1, 2]), new Uint8Array([1, 3]))).toBe(false);
  });
});
