/** What the validator reports. Shared by the validator, the formatters and the build. */
import type { Notice } from '../../schema/notice.ts';
import type { VerifiedSignature } from '../../original/types.ts';

/** A field path in the notice's own keys: `['recipients', 1]` (indices from 0). */
export type FieldPath = (string | number)[];

export interface Problem {
  file: string;
  /** 1-based; 0 when the problem concerns the file as a whole. */
  line: number;
  col: number;
  /** The field concerned; for an unknown key, the path of that key. Empty for the whole file. */
  path: FieldPath;
  /** How staff read that field: key path and Vietnamese title (`recipients[1] (Nơi nhận thứ 2)`). */
  label?: string;
  /** What is wrong and how to fix it, in Vietnamese. */
  message: string;
  /** The text of the offending line, so the message can show it (without its line ending). */
  excerpt?: string;
  /** True when `path` ends in a key the schema does not know (it has no title). */
  unknownKey?: boolean;
  /** For an unknown key: the allowed key it most likely meant. */
  suggestion?: string;
  /** True when the field is absent (so a misspelt key naming it can stand in for this problem). */
  missing?: boolean;
  /** For a warning about an item of the original its translation lacks: that item's own field, where the staff form also shows it. */
  origin?: FieldPath;
  /** For a problem across files: the other files it concerns (so `npm run validate <file>` can show it). */
  related?: string[];
}

/** Where a value is written in its file: 1-based line and column, and that line's text. */
export interface SourcePosition {
  line: number;
  col: number;
  excerpt?: string;
}

/** A notice's original (original.file), as verified: what the page says about it. */
export interface CheckedOriginal {
  /** original.file, as the YAML writes it. */
  file: string;
  /** The PDF, absolute. */
  path: string;
  bytes: number;
  /** Lower case. */
  sha256: string;
  /** false: a scan with no digital signature, which the page must say plainly. */
  digitalSignature: boolean;
  /** In signing order; empty for a scan. */
  signatures: VerifiedSignature[];
}

export type LoadResult =
  | {
      ok: true;
      slug: string;
      file: string;
      data: Notice;
      /** Where the values that checks across files point at are written (one per `replaces` entry). */
      positions: { replaces: SourcePosition[] };
      /** What is published all the same but staff should fix: a translation behind the original. */
      warnings: Problem[];
      /** The verified original, set by validation's second step (original.ts). */
      original?: CheckedOriginal;
    }
  | { ok: false; slug: string; file: string; problems: Problem[] };

export type ValidNotice = Extract<LoadResult, { ok: true }>;
