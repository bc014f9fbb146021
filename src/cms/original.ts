/**
 * Attaching a notice's signed original in the staff form: the PDF is chosen (or dropped) in the
 * "Tệp PDF bản gốc" field, checked in the browser by the build's own verifier
 * (src/original/verify.ts: signatures, chain to the roots in content/trust/, signer names,
 * printed number and date; the same Vietnamese messages), and committed beside the YAML, as
 * `<tên tệp>.pdf`, in the same commit of the same pull request. `original.file` and
 * `original.sha256` are written from the file on save; staff type neither.
 *
 * Why not Sveltia's own media (a File field, entry-relative `media_folder`, or a custom field's
 * `addFile`, which goes the same way): in 0.221 that path has open problems (an upload written
 * over the entry's own file, stray folders, one file name shared by every entry), it names files
 * after what was uploaded, and it writes the field as a public path, not the name beside the
 * YAML that the content rules want. So the bytes stay here until the save:
 *  - the field is a custom field type (`signed-original`, registered in main.ts) whose control is
 *    a file input: choosing a file sets the field (so the entry has a change to save) and shows
 *    the verifier's verdict beside it;
 *  - preSave (main.ts) verifies again on the data being saved, refuses the save with the
 *    messages, or writes `original.file` and `original.sha256` into the entry;
 *  - the commit Sveltia then makes (GraphQL createCommitOnBranch, to the pull request's branch:
 *    github-guard.ts refuses any to `main`) gets the PDF added beside the YAML.
 * What the browser cannot know is checked by the pull request's check (`npm run validate`) on
 * the committed file: the field's hint says so.
 */
import { sha256Hex, toBase64 } from '../lib/bytes.ts';
import { expectedOriginal } from '../original/expected.ts';
import type { OriginalProblem, VerifyOriginalResult } from '../original/types.ts';
import type { Problem } from '../pipeline/validation/types.ts';
import { addToCommit, githubAuthorization } from './github-guard.ts';
import { readFolder } from './other-notices.ts';
import { RefusedSave, showProblems } from './validation.ts';

interface Attachment {
  /** The editor it was chosen in (Sveltia's address of the entry). */
  where: string;
  /** As chosen on the staff member's computer, for what the form says. */
  chosenName: string;
  /**
   * The original the notice had when the editor opened (`original.file`): a new PDF takes its
   * place under the same name, so no superseded file is left behind in the folder.
   */
  previous?: string;
  bytes: Uint8Array;
  sha256: string;
}

let attachment: Attachment | undefined;
/** The commit to add the PDF to: the YAML's path in the repository → the PDF's. */
let pending: { yaml: string; pdf: string; bytes: Uint8Array } | undefined;

interface Setup {
  repo: string;
  branch: string;
  /** The notices' folder (content/notices); the trust roots are in its sibling trust/. */
  folder: string;
}
let setup: Setup | undefined;

export function configureOriginals(s: Setup) {
  setup = s;
}

/**
 * A notice's original is named after the notice: one name per entry, never the YAML's. One the
 * notice already has keeps its name (the new file replaces it).
 */
export const originalName = (slug: string, previous?: string) => previous || `${slug}.pdf`;

type Data = Record<string, any>;

/** The trust roots on the site's branch (content/trust/*.pem), as the build reads them from disk. */
async function trustRoots(): Promise<{ file: string; pem: string }[]> {
  const trust = `${setup!.folder.replace(/\/[^/]+\/?$/, '')}/trust`;
  const files = await readFolder(setup!.repo, setup!.branch, trust);
  return (files ?? [])
    .filter((f) => f.name.toLowerCase().endsWith('.pem'))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((f) => ({ file: `${trust}/${f.name}`, pem: f.text }));
}

/** Nothing to attach to without GitHub: the local-folder mode of `npm run dev` writes files itself. */
export const LOCAL_MODE =
  'Trang biên tập đang làm việc trên thư mục trên máy (không qua GitHub), nên không đính kèm được tệp ở đây: hãy chép tệp PDF vào thư mục content/notices/, đặt tên <tên tệp của thông báo>.pdf, rồi chạy npm run validate.';

/** The verifier's verdict on `bytes` as the notice's original, with the build's messages. */
export async function checkAttachment(bytes: Uint8Array, sha256: string, data: Data): Promise<VerifyOriginalResult> {
  if (!githubAuthorization() || !setup) return { ok: false, problems: [{ code: 'trust-root-invalid', message: LOCAL_MODE }] };
  // Loaded when a PDF is first attached: pdf-lib, pkijs and pdfjs are most of a megabyte.
  const [{ verifyOriginal }, roots] = await Promise.all([import('../original/verify.ts'), trustRoots()]);
  return verifyOriginal({ pdf: bytes, sha256, trustRoots: roots, expected: expectedOriginal(data) });
}

/** A refusal as the build words it: the PDF's path first (src/pipeline/validation/original.ts). */
const asProblems = (pdf: string, problems: OriginalProblem[]): Problem[] =>
  problems.map((p) => ({ file: pdf, line: 0, col: 0, path: ['original', 'file'], message: `${pdf}: ${p.message}` }));

function describe(result: VerifyOriginalResult, data: Data): string {
  if (!result.ok) return '';
  const e = expectedOriginal(data);
  // Only what was compared: a draft has no number yet, and a date without its day is compared by month.
  const facts = [e.number ? `số ${e.number}` : '', e.date ? 'ngày' : ''].filter(Boolean).join(' và ');
  const printed = facts ? `${facts} in trên tệp khớp với thông báo` : 'chưa so số và ngày (thông báo chưa có)';
  if (!result.digitalSignature) return `Bản quét, không có chữ ký số; ${printed}.`;
  const who = result.signatures.map((s) => `${s.signerName} (${s.kind === 'person' ? 'người ký' : 'cơ quan'})`).join(', ');
  return `Chữ ký số hợp lệ: ${who}; chứng thư dẫn đến chứng thư gốc trong content/trust/; ${printed}.`;
}

/**
 * preSave (main.ts): the PDF chosen in this editor, verified on the data being saved; the
 * entry with `original` written from it, or the save refused. undefined: nothing to do.
 */
export async function originalOnSave(entry: ImmutableEntry): Promise<ImmutableEntry | undefined> {
  pending = undefined;
  const a = attachment;
  if (!a || a.where !== location.hash) return undefined;
  const data = (entry.get('data') as { toJS(): Data } | undefined)?.toJS() ?? {};
  const slug = String(entry.get('slug') ?? '');
  const yaml = String(entry.get('path') ?? '');
  // The field was set when the file was chosen; if it holds something else now, the change was discarded.
  if (!slug || !yaml || !data.original?.file) return undefined;
  const name = originalName(slug, a.previous);
  const pdf = `${yaml.replace(/\/[^/]*$/, '')}/${name}`;
  const result = await checkAttachment(a.bytes, a.sha256, data);
  if (!result.ok) {
    const problems = asProblems(pdf, result.problems);
    showProblems(problems);
    throw new Error('saving_failed', { cause: new RefusedSave(problems) });
  }
  pending = { yaml, pdf, bytes: a.bytes };
  return entry.setIn(['data', 'original', 'file'], name).setIn(['data', 'original', 'sha256'], a.sha256);
}

interface ImmutableEntry {
  get(key: string): unknown;
  setIn(path: string[], value: unknown): ImmutableEntry;
}

// The commit of the saved YAML carries the PDF beside it (github-guard.ts calls this only for
// a commit to a branch other than the site's).
addToCommit((paths) => {
  if (!pending || !paths.includes(pending.yaml)) return [];
  const { pdf, bytes } = pending;
  pending = undefined;
  attachment = undefined;
  return [{ path: pdf, contents: toBase64(bytes) }];
});

type H = (type: unknown, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;
interface ControlProps {
  value?: string;
  forID: string;
  classNameWrapper: string;
  onChange(value: string): void;
  entry?: { get(key: string): unknown; getIn(path: string[]): { toJS(): Data } | undefined };
}
interface ControlState {
  busy: boolean;
  verdict?: { ok: boolean; lines: string[] };
}

/** The field's control: a file input (a PDF can also be dropped on it) and the verdict beside it. */
export function originalControl() {
  const w = window as unknown as { h: H; createClass(spec: Record<string, unknown>): unknown };
  const h = w.h;
  return w.createClass({
    getInitialState(): ControlState {
      return { busy: false };
    },
    async choose(this: { props: ControlProps; setState(s: Partial<ControlState>): void }, file: File | undefined) {
      if (!file) return;
      this.setState({ busy: true, verdict: undefined });
      const bytes = new Uint8Array(await file.arrayBuffer());
      const sha256 = await sha256Hex(bytes);
      // The name the notice had before any file was chosen in this editor.
      const previous = attachment?.where === location.hash ? attachment.previous : this.props.value || undefined;
      attachment = { where: location.hash, chosenName: file.name, bytes, sha256, ...(previous ? { previous } : {}) };
      const data = this.props.entry?.getIn(['data'])?.toJS() ?? {};
      const slug = String(this.props.entry?.get('slug') ?? '');
      // A new notice has no file name until it is typed (at the end of the form): said as such.
      const name = slug || previous ? originalName(slug, previous) : originalName('<tên tệp của thông báo>');
      const pdf = `${setup?.folder ?? 'content/notices'}/${name}`;
      const result = await checkAttachment(bytes, sha256, data).catch((e: unknown) => ({ ok: false as const, problems: [{ code: 'pdf-unreadable' as const, message: `Không kiểm tra được tệp (${String(e)}).` }] }));
      const size = `${(bytes.length / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 0 })} KB`;
      this.setState({
        busy: false,
        verdict: result.ok
          ? { ok: true, lines: [`Đã đính kèm ${file.name} (${size}, SHA-256 ${sha256}).`, describe(result, data), `Khi bấm Lưu, tệp được lưu thành ${pdf}, cùng thông báo, trong cùng đề nghị thay đổi.`] }
          : { ok: false, lines: ['Tệp này không dùng làm bản gốc được; bấm Lưu sẽ bị từ chối cho đến khi chọn đúng tệp:', ...asProblems(pdf, result.problems).map((p) => p.message)] },
      });
      // A change of the entry, so that it can be saved (the name and hash are written again on save,
      // from the file): the name, and the hash in its read-only field, which is also what changes when a
      // new file replaces one of the same name. Sveltia has no API to set another field: its input is
      // given the value as typing would (Svelte's binding reads the input event).
      this.props.onChange(name);
      const hash = document.querySelector<HTMLInputElement>('[role="group"][data-key-path="original.sha256"] input');
      if (hash) {
        hash.value = sha256;
        hash.dispatchEvent(new Event('input', { bubbles: true }));
      }
    },
    render(this: { props: ControlProps; state: ControlState; choose(f: File | undefined): void; input?: HTMLInputElement | null }) {
      const { value, forID, classNameWrapper } = this.props;
      const { busy, verdict } = this.state;
      // The whole field takes a dropped file.
      const drop = (e: DragEvent) => {
        e.preventDefault();
        this.choose(e.dataTransfer?.files?.[0]);
      };
      return h(
        'div',
        { className: classNameWrapper, style: { display: 'grid', gap: '6px', justifyItems: 'start' }, onDragOver: (e: DragEvent) => e.preventDefault(), onDrop: drop, 'data-original-field': '' },
        // What the entry holds, until a file is chosen here.
        value && !verdict ? h('p', { style: { margin: 0 } }, `Tệp bản gốc đã có: ${value}`) : null,
        // Our own button, in Vietnamese (the browser's file input says "Choose File" in the browser's language).
        h('button', { id: forID, type: 'button', style: { padding: '6px 14px', border: '1px solid currentColor', borderRadius: '4px', background: 'transparent', color: 'inherit', font: 'inherit', cursor: 'pointer' }, onClick: () => this.input?.click(), 'aria-describedby': `${forID}-verdict`, disabled: busy }, value ? 'Chọn tệp PDF khác…' : 'Chọn tệp PDF bản gốc…'),
        h('span', { style: { fontSize: '13px' } }, 'hoặc kéo thả tệp PDF vào ô này.'),
        h('input', {
          type: 'file',
          accept: 'application/pdf,.pdf',
          hidden: true,
          tabIndex: -1,
          'data-original-input': '',
          ref: (el: HTMLInputElement | null) => {
            this.input = el;
          },
          onChange: (e: { target: HTMLInputElement }) => this.choose(e.target.files?.[0]),
        }),
        h(
          'div',
          { id: `${forID}-verdict`, role: verdict && !verdict.ok ? 'alert' : 'status', 'data-original-verdict': verdict ? (verdict.ok ? 'ok' : 'refused') : busy ? 'busy' : '', style: { fontSize: '13px', color: verdict && !verdict.ok ? 'var(--sui-error-foreground-color, #b00020)' : 'inherit' } },
          busy ? 'Đang kiểm tra tệp…' : null,
          ...(verdict?.lines ?? []).map((l, i) => h('p', { key: i, style: { margin: '2px 0' } }, l)),
        ),
      );
    },
  });
}
