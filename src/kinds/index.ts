/**
 * The registry of the kinds of notice: one line per kind. The notice schema
 * (src/schema/notice.ts) is the Decree 30 frame with the body of one of these, chosen by
 * the file's `kind` field; a file without one is the default kind (the hotline notice,
 * as every notice was before there were kinds).
 */
import type { Kind } from './kind.ts';
import { hotline } from './hotline/index.ts';
import { reception } from './reception/index.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind has its own notice and translation types
type AnyKind = Kind<any, any>;

export const KINDS = [hotline, reception] as const satisfies readonly AnyKind[];

export type KindId = (typeof KINDS)[number]['id'];

/** A notice of any of the kinds (the frame and that kind's body). */
export type KindNotice = (typeof KINDS)[number] extends Kind<infer N, any> ? N : never;

/** The body texts of a translation block, of any of the kinds. */
export type KindTranslation = (typeof KINDS)[number] extends Kind<any, infer T> ? T : never;

/** The kind of a file that names none. */
export const DEFAULT_KIND: Kind = KINDS.find((k) => k.isDefault) as unknown as Kind;

/** The kind of a (validated) notice. */
export function kindOf(n: { kind?: string }): Kind {
  const kind = n.kind === undefined ? DEFAULT_KIND : KINDS.find((k) => k.id === n.kind);
  if (!kind) throw new Error(`Không có loại thông báo "${n.kind}".`);
  return kind as unknown as Kind;
}

/** "hotline (Thông báo đường dây nóng)", each kind as staff read it. */
export const kindList = () => KINDS.map((k) => `${k.id} (${k.title})`).join(', ');
