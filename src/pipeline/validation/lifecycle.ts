/**
 * The checks across files on `replaces`: every name must be a notice, and the chain must
 * leave residents in no doubt which notice is in force (src/model/lifecycle.ts decides
 * that from the same data). Each problem points at the `replaces` entry (its line, from
 * the one parse of the file) and names the other file. Refused:
 *
 *  - a name that matches no notice (with the nearest file name, when one is close);
 *  - a cycle (a notice replacing, through others, one that replaces it);
 *  - a draft as the notice replaced: it never took effect, so it cannot end;
 *  - a notice of another issuing body: a body replaces only its own notices;
 *  - a replacement dated before the notice it replaces (same day is accepted);
 *  - one notice named by two: which of them is in force would be a guess.
 * A notice that names itself is refused by its own file (check.ts), so the staff form,
 * which sees one file, refuses it too.
 */
import path from 'node:path';
import type { Notice } from '../../schema/notice.ts';
import { isIssued } from '../../lib/document-number.ts';
import { formatShortDate, parseNoticeDate } from '../../lib/dates.ts';
import { fieldLabel } from './fields.ts';
import { shownPath } from './format.ts';
import { nearestKey } from './suggest.ts';
import type { Problem, ValidNotice } from './types.ts';

interface Edge {
  from: ValidNotice;
  /** Index of the entry in `from.data.replaces`. */
  index: number;
  to: ValidNotice;
}

const shortDate = (n: Notice) => {
  const d = parseNoticeDate(n.date);
  return d ? formatShortDate(d) : n.date;
};

/** -1, 0 or 1 at the precision both dates have (a draft may be dated by month only). */
function compareDates(a: Notice, b: Notice): number {
  const [x, y] = [parseNoticeDate(a.date), parseNoticeDate(b.date)];
  if (!x || !y) return 0;
  const pairs: [number, number][] = [[x.year, y.year], [x.month, y.month]];
  if (x.day !== null && y.day !== null) pairs.push([x.day, y.day]);
  for (const [p, q] of pairs) if (p !== q) return p < q ? -1 : 1;
  return 0;
}

/** Another file as a message names it: by its name when it sits beside `from` (as notices do), else by its path. */
function named(from: ValidNotice, file: string): string {
  return path.dirname(path.resolve(file)) === path.dirname(path.resolve(from.file)) ? path.basename(file) : shownPath(file);
}

function problem(from: ValidNotice, index: number, message: string, related: string[]): Problem {
  const at = from.positions.replaces[index] ?? { line: 0, col: 0 };
  const fieldPath = ['replaces', index];
  return { file: from.file, ...at, path: fieldPath, label: fieldLabel(fieldPath, false), message, related };
}

/** The problems of the `replaces` entries of `notices` (all valid on their own). */
export function lifecycleProblems(notices: ValidNotice[]): Problem[] {
  const bySlug = new Map<string, ValidNotice>();
  for (const n of notices) if (!bySlug.has(n.slug)) bySlug.set(n.slug, n);
  const out: Problem[] = [];
  const edges: Edge[] = [];

  for (const from of notices) {
    (from.data.replaces ?? []).forEach((name, index) => {
      const to = bySlug.get(name);
      // A notice naming itself never gets here: its own file refuses it (check.ts).
      if (name === from.slug) return;
      if (!to) {
        const guess = nearestKey(name, [...bySlug.keys()].filter((s) => s !== from.slug));
        const hint = guess ? ` Có phải ý bạn là "${guess}" (tệp ${named(from, bySlug.get(guess)!.file)})?` : '';
        const dir = shownPath(path.dirname(from.file));
        out.push(problem(from, index, `Không có thông báo nào tên "${name}" (trong ${dir} không có tệp ${name}.yaml).${hint} Hãy chép đúng tên tệp của thông báo được thay thế, không có phần đuôi .yaml.`, guess ? [bySlug.get(guess)!.file] : []));
      } else edges.push({ from, index, to });
    });
  }

  // Cycles first: an edge in a cycle gets that one message, not a date or other complaint.
  const outgoing = new Map<string, Edge[]>();
  for (const e of edges) outgoing.set(e.from.slug, [...(outgoing.get(e.from.slug) ?? []), e]);
  const inCycle = new Set<Edge>();
  for (const e of edges) {
    const back = pathBetween(e.to.slug, e.from.slug, outgoing);
    if (!back) continue;
    inCycle.add(e);
    const chain = [e, ...back];
    const steps = chain.map((c) => `${named(e.from, c.from.file)} thay thế ${named(e.from, c.to.file)}`).join(', ');
    out.push(problem(e.from, e.index, `Các thông báo thay thế nhau thành vòng tròn: ${steps}. Như vậy không thông báo nào còn hiệu lực. Chỉ thông báo mới hơn thay thế thông báo cũ hơn: hãy xóa tên ở dòng này, hoặc ở tệp có thông báo mới hơn.`, chain.map((c) => c.to.file)));
  }

  const byTarget = new Map<string, Edge[]>();
  for (const e of edges) {
    if (inCycle.has(e)) continue;
    const { from, index, to } = e;
    const other = named(from, to.file);
    if (!isIssued(to.data)) {
      out.push(problem(from, index, `Không thể thay thế ${other}: đó là bản dự thảo (chưa có đủ số và ngày ký), chưa từng có hiệu lực. Chỉ thông báo đã ban hành mới bị thay thế. Nếu bản dự thảo đó không dùng nữa, hãy xóa tệp ${other}; nếu không, hãy xóa dòng này.`, [to.file]));
    } else if (to.data.issuer.fullName !== from.data.issuer.fullName) {
      out.push(problem(from, index, `${other} là thông báo của ${to.data.issuer.fullName}, còn thông báo này của ${from.data.issuer.fullName}: một cơ quan chỉ thay thế thông báo của chính mình. Hãy kiểm tra lại tên ở dòng này, hoặc trường "issuer.fullName" của hai tệp.`, [to.file]));
    } else if (compareDates(from.data, to.data) < 0) {
      out.push(problem(from, index, `Thông báo này đề ngày ${shortDate(from.data)}, trước ngày của thông báo mà nó thay thế (${other}, ngày ${shortDate(to.data)}). Thông báo thay thế phải ra cùng ngày hoặc sau thông báo cũ. Hãy kiểm tra lại ngày của hai tệp, hoặc tên ở dòng này.`, [to.file]));
    }
    byTarget.set(to.slug, [...(byTarget.get(to.slug) ?? []), e]);
  }

  for (const [slug, replacers] of byTarget) {
    if (replacers.length < 2) continue;
    for (const e of replacers) {
      const others = replacers.filter((o) => o !== e).map((o) => `${named(e.from, o.from.file)} (dòng ${o.from.positions.replaces[o.index]?.line ?? '?'})`);
      out.push(problem(e.from, e.index, `${named(e.from, e.to.file)} cũng được ${others.join(', ')} ghi là thay thế. Mỗi thông báo chỉ được một thông báo khác thay thế, nếu không người dân không biết thông báo nào đang có hiệu lực. Hãy giữ tên "${slug}" ở một tệp và xóa ở tệp còn lại; một bản dự thảo mới thì ghi tên thông báo mới nhất.`, replacers.filter((o) => o !== e).map((o) => o.from.file)));
    }
  }
  return out;
}

/** The edges from `start` to `goal` (breadth first, so the shortest), or null. */
function pathBetween(start: string, goal: string, outgoing: Map<string, Edge[]>): Edge[] | null {
  const via = new Map<string, Edge | null>([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const here = queue.shift()!;
    if (here === goal) {
      const back: Edge[] = [];
      for (let e = via.get(goal); e; e = via.get(e.from.slug)) back.unshift(e);
      return back;
    }
    for (const e of outgoing.get(here) ?? []) {
      if (!via.has(e.to.slug)) {
        via.set(e.to.slug, e);
        queue.push(e.to.slug);
      }
    }
  }
  return null;
}
