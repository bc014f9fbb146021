/**
 * An in-memory GitHub (REST + GraphQL) for Sveltia CMS 0.221, served through Playwright's
 * `context.route('https://api.github.com/**')`: no request reaches the network.
 *
 * It answers exactly the requests Sveltia's GitHub backend makes (recorded from 0.221.1; see
 * `REQUEST_SHAPES`), keeps branches, commits, pull requests and reviews, refuses a merge the
 * staff guide's branch protection forbids (no approving review on the head commit), and
 * records every request so a test can assert on them. Anything it does not know is answered 501 and recorded
 * with `unknown: true`, so a new Sveltia version that asks for something new fails loudly.
 */
import { createHash } from 'node:crypto';
import type { BrowserContext, Route } from 'playwright-core';

export const API = 'https://api.github.com';

/** What Sveltia 0.221.1 asks for, in the order of a sign-in → open → save → review → publish (editorial workflow). */
export const REQUEST_SHAPES = {
  signIn: ['REST GET /user (Authorization: token <PAT>)'],
  load: [
    'REST GET /repos/:owner/:repo/collaborators/:login → 204 (access check)',
    'GraphQL lastCommit: repository.ref(qualifiedName: $branch).target.history(first: 1).nodes { oid message }',
    'REST GET /repos/:owner/:repo/git/trees/:sha?recursive=1 → { tree: [{ type, path, sha, size }] }',
    'GraphQL contents: repository { content_N: object(oid: "…") { ... on Blob { text isTruncated } } } (aliased, 250 per query)',
    'GraphQL metadata: repository { commit_N: ref(qualifiedName: $branch) { target { ... on Commit { history(first: 1, path: "…") { nodes { author { name email user { id: databaseId login } } committedDate } } } } } }',
    'GraphQL pullRequests(states: OPEN, labels: ["sveltia-cms/draft", …]) { nodes { id number … headRefName headRefOid labels files } }',
  ],
  save: [
    'GraphQL folder (the form, before each save): repository { folder: object(expression: $expression = "<branch>:<folder>") { ... on Tree { entries { name type object { ... on Blob { text isTruncated } } } } } }',
    'GraphQL branchBase: fork: repository(owner: $forkOwner, name: $forkRepo) { id } base: repository(…) { ref(qualifiedName: $branch) { target { oid } } }',
    'GraphQL createRef(input: { repositoryId, name: "refs/heads/cms/<collection>/<slug>", oid })',
    'GraphQL createCommitOnBranch(input: { branch: { repositoryNameWithOwner, branchName }, expectedHeadOid, fileChanges: { additions: [{ path, contents (base64) }], deletions }, message: { headline } }) { commit { oid committedDate file_N: file(path: "…") { oid } } }',
    'REST POST /repos/:owner/:repo/pulls { title, head, base, draft: true, body } → { number, node_id, html_url, head: { sha }, created_at, updated_at }',
    'REST POST /repos/:owner/:repo/issues/:number/labels { labels: ["sveltia-cms/draft"] }',
  ],
  status: [
    'REST GET /repos/:owner/:repo/issues/:number → { labels }',
    'REST PATCH /repos/:owner/:repo/issues/:number { labels: [..., "sveltia-cms/pending_review"] }',
    'GraphQL markPullRequestReadyForReview(input: { pullRequestId }) / convertPullRequestToDraft (into and out of "draft")',
  ],
  history: ['GraphQL history_N: ref(qualifiedName: $branch) { target { ... on Commit { history(first: 100, path: "…") { nodes { oid author { … } committedDate } } } } }'],
  publish: [
    'REST GET /repos/:owner/:repo/pulls/:number and …/pulls/:number/reviews (the form\'s own approval check, src/cms/github-guard.ts)',
    'REST PUT /repos/:owner/:repo/pulls/:number/merge { merge_method, commit_title } → 405 while the branch protection forbids it',
    'REST DELETE /repos/:owner/:repo/git/refs/heads/:branch',
  ],
  discard: ['REST PATCH /repos/:owner/:repo/pulls/:number { state: "closed" }', 'REST DELETE /repos/:owner/:repo/git/refs/heads/:branch'],
} as const;

export interface RecordedRequest {
  method: string;
  /** REST path (no host) or 'graphql'. */
  path: string;
  /** For GraphQL: a short name of the operation recognised (or 'unknown'). */
  operation?: string;
  query?: string;
  variables?: Record<string, unknown>;
  body?: unknown;
  authorization?: string;
  unknown?: boolean;
}

export interface Commit {
  oid: string;
  branch: string;
  parent: string;
  message: string;
  /** path → file text after this commit */
  files: Map<string, string>;
  /** what the commit itself wrote: path → exact text (decoded from base64) */
  additions: { path: string; text: string; bytes: Buffer }[];
  deletions: string[];
}

export interface PullRequest {
  number: number;
  nodeId: string;
  title: string;
  head: string;
  base: string;
  draft: boolean;
  body: string;
  labels: string[];
  state: 'open' | 'closed';
  merged: boolean;
  /** The main commit the branch was made from (createRef), for the merge. */
  forkPoint: string;
  author: string;
}

export interface Review {
  user: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED';
  /** The head commit the review was given on: a later commit makes an approval stale. */
  commitId: string;
}

export interface MockOptions {
  owner: string;
  repo: string;
  branch?: string;
  /** path → text on the default branch */
  files: Record<string, string>;
  token?: string;
  login?: string;
  /**
   * The default branch's protection, as the staff guide (section 2.5) sets it: approving
   * reviews required to merge, stale ones dismissed by a new commit. Default 1.
   */
  requiredApprovals?: number;
}

const blobSha = (text: string | Buffer) => {
  const b = Buffer.isBuffer(text) ? text : Buffer.from(text);
  return createHash('sha1').update(`blob ${b.length}\0`).update(b).digest('hex');
};
const fakeOid = (seed: string) => createHash('sha1').update(seed).digest('hex');

export class GitHubMock {
  readonly requests: RecordedRequest[] = [];
  readonly commits: Commit[] = [];
  readonly pulls: PullRequest[] = [];
  /** branch → head commit oid */
  readonly refs = new Map<string, string>();
  private readonly trees = new Map<string, Map<string, string>>(); // commit oid → files
  readonly owner: string;
  readonly repo: string;
  readonly branch: string;
  readonly token: string;
  readonly login: string;
  readonly requiredApprovals: number;
  /** pull request number → its reviews, as a reviewer gives them on GitHub (`approve`). */
  readonly reviews = new Map<number, Review[]>();
  /** branch → the commit createRef made it from. */
  private readonly branchedFrom = new Map<string, string>();

  constructor(o: MockOptions) {
    this.owner = o.owner;
    this.repo = o.repo;
    this.branch = o.branch ?? 'main';
    this.token = o.token ?? 'github_pat_TEST';
    this.login = o.login ?? 'can-bo-van-phong';
    this.requiredApprovals = o.requiredApprovals ?? 1;
    const root = fakeOid('root');
    this.trees.set(root, new Map(Object.entries(o.files)));
    this.refs.set(this.branch, root);
  }

  filesAt(branch: string): Map<string, string> {
    return this.trees.get(this.refs.get(branch) ?? '') ?? new Map();
  }

  /** A reviewer approves the pull request on GitHub, on its current head commit. */
  approve(number: number, user = 'lanh-dao-van-phong') {
    const pr = this.pulls.find((p) => p.number === number);
    if (!pr) throw new Error(`github-mock: no pull request #${number}`);
    const list = this.reviews.get(number) ?? [];
    list.push({ user, state: 'APPROVED', commitId: this.refs.get(pr.head) ?? '' });
    this.reviews.set(number, list);
  }

  /** Approvals that count for branch protection: on the head commit, not by the author. */
  private approvals(pr: PullRequest): number {
    const head = this.refs.get(pr.head);
    return (this.reviews.get(pr.number) ?? []).filter((r) => r.state === 'APPROVED' && r.commitId === head && r.user !== pr.author).length;
  }

  /** Why GitHub would refuse to merge, in its own words, or undefined. */
  mergeRefusal(pr: PullRequest): string | undefined {
    if (pr.state !== 'open') return 'Pull Request is not mergeable';
    if (pr.draft) return 'Pull Request is still a draft';
    const n = this.requiredApprovals;
    if (this.approvals(pr) < n) return `At least ${n} approving review${n > 1 ? 's are' : ' is'} required by reviewers with write access.`;
    return undefined;
  }

  /** The commits on `branch` that touched `path`, newest first (the root counts as one commit). */
  history(branch: string, path: string): { oid: string; message: string }[] {
    const out: { oid: string; message: string }[] = [];
    let oid = this.refs.get(branch);
    while (oid) {
      const c = this.commits.find((x) => x.oid === oid);
      if (!c) {
        if (this.trees.get(oid)?.has(path)) out.push({ oid, message: 'Initial commit' });
        break;
      }
      if (c.additions.some((a) => a.path === path) || c.deletions.includes(path)) out.push({ oid: c.oid, message: c.message });
      oid = c.parent;
    }
    return out;
  }

  private prJson(pr: PullRequest) {
    const now = new Date().toISOString();
    return {
      number: pr.number,
      node_id: pr.nodeId,
      title: pr.title,
      body: pr.body,
      state: pr.state,
      draft: pr.draft,
      merged: pr.merged,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${pr.number}`,
      head: { ref: pr.head, sha: this.refs.get(pr.head) ?? null },
      base: { ref: pr.base, sha: this.refs.get(pr.base) },
      user: { login: pr.author },
      labels: pr.labels.map((name) => ({ name })),
      created_at: now,
      updated_at: now,
    };
  }

  private blobIndex(): Map<string, string> {
    const m = new Map<string, string>();
    for (const files of this.trees.values()) for (const text of files.values()) m.set(blobSha(text), text);
    return m;
  }

  /**
   * Merges a pull request as GitHub's merge commit would: the files the branch changed since it
   * was made, onto the base branch as it is now.
   */
  private merge(pr: PullRequest, message: string): string {
    const fork = this.trees.get(pr.forkPoint) ?? new Map();
    const head = this.filesAt(pr.head);
    const baseOid = this.refs.get(pr.base)!;
    const files = new Map(this.filesAt(pr.base));
    const additions: Commit['additions'] = [];
    const deletions: string[] = [];
    for (const [path, text] of head) {
      if (fork.get(path) === text) continue;
      files.set(path, text);
      additions.push({ path, text, bytes: Buffer.from(text) });
    }
    for (const path of fork.keys()) {
      if (head.has(path)) continue;
      files.delete(path);
      deletions.push(path);
    }
    const oid = fakeOid(`merge:${pr.number}:${baseOid}`);
    this.trees.set(oid, files);
    this.refs.set(pr.base, oid);
    this.commits.push({ oid, branch: pr.base, parent: baseOid, message, files, additions, deletions });
    pr.state = 'closed';
    pr.merged = true;
    return oid;
  }

  async install(context: BrowserContext) {
    await context.route(`${API}/**`, async (route) => {
      await this.handle(route);
      for (const w of [...this.waiters]) if (w.done()) (this.waiters.delete(w), w.resolve());
    });
  }

  private readonly waiters = new Set<{ done: () => boolean; resolve: () => void }>();

  /**
   * Resolves once `done()` holds of the stand-in's state: at once, or after the request that
   * makes it so has been answered (no timer: each answered request checks the waiters).
   */
  until(done: () => boolean): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.add({ done, resolve }));
  }

  private json(route: Route, status: number, body: unknown) {
    return route.fulfill({
      status,
      contentType: 'application/json; charset=utf-8',
      // Sveltia reads these from a cross-origin response; GitHub sends them too.
      headers: { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'ETag, Link, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining' },
      body: JSON.stringify(body),
    });
  }

  private async handle(route: Route) {
    const req = route.request();
    const url = new URL(req.url());
    const method = req.method();
    if (method === 'OPTIONS') {
      return route.fulfill({ status: 204, headers: { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*', 'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE' } });
    }
    const authorization = req.headers()['authorization'];
    if (authorization !== `token ${this.token}`) {
      this.requests.push({ method, path: url.pathname + url.search, authorization, unknown: true });
      return this.json(route, 401, { message: 'Bad credentials' });
    }
    const body = req.postData() ? JSON.parse(req.postData()!) : undefined;
    if (url.pathname === '/graphql') return this.graphql(route, body, authorization);
    return this.rest(route, method, url, body, authorization);
  }

  // ----- REST -----
  private rest(route: Route, method: string, url: URL, body: any, authorization?: string) {
    const path = url.pathname + url.search;
    const rec: RecordedRequest = { method, path, body, authorization };
    this.requests.push(rec);
    const repoBase = `/repos/${this.owner}/${this.repo}`;
    const p = url.pathname;

    if (method === 'GET' && p === '/user') {
      return this.json(route, 200, { id: 4242, login: this.login, name: 'Cán bộ Văn phòng', email: null, avatar_url: '', html_url: `https://github.com/${this.login}` });
    }
    if (method === 'GET' && p === `${repoBase}/collaborators/${this.login}`) {
      return route.fulfill({ status: 204, headers: { 'access-control-allow-origin': '*' } });
    }
    let m: RegExpExecArray | null;
    if (method === 'GET' && (m = new RegExp(`^${repoBase}/git/trees/([^/]+)$`).exec(p))) {
      const ref = decodeURIComponent(m[1]);
      const files = this.trees.get(ref) ?? this.filesAt(ref);
      return this.json(route, 200, {
        sha: ref,
        truncated: false,
        tree: [...files].map(([path, text]) => ({ path, mode: '100644', type: 'blob', sha: blobSha(text), size: Buffer.byteLength(text) })),
      });
    }
    if (method === 'GET' && (m = new RegExp(`^${repoBase}/git/blobs/([0-9a-f]{40})$`).exec(p))) {
      const text = this.blobIndex().get(m[1]);
      if (text === undefined) return this.json(route, 404, { message: 'Not Found' });
      return route.fulfill({ status: 200, contentType: 'application/vnd.github.raw', headers: { 'access-control-allow-origin': '*' }, body: text });
    }
    if (method === 'POST' && p === `${repoBase}/pulls`) {
      const number = this.pulls.length + 1;
      if (!this.refs.has(body.head)) return this.json(route, 422, { message: 'Validation Failed', errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }] });
      const pr: PullRequest = { number, nodeId: `PR_${number}`, title: body.title, head: body.head, base: body.base, draft: !!body.draft, body: body.body, labels: [], state: 'open', merged: false, forkPoint: this.branchedFrom.get(body.head) ?? this.refs.get(body.base)!, author: this.login };
      this.pulls.push(pr);
      return this.json(route, 201, this.prJson(pr));
    }
    const pull = (n: string) => this.pulls.find((x) => x.number === Number(n));
    if ((m = new RegExp(`^${repoBase}/pulls/(\\d+)$`).exec(p)) && (method === 'GET' || method === 'PATCH')) {
      const pr = pull(m[1]!);
      if (!pr) return this.json(route, 404, { message: 'Not Found' });
      if (method === 'PATCH' && body?.state) pr.state = body.state === 'closed' ? 'closed' : 'open';
      return this.json(route, 200, this.prJson(pr));
    }
    if (method === 'GET' && (m = new RegExp(`^${repoBase}/pulls/(\\d+)/reviews$`).exec(p))) {
      const pr = pull(m[1]!);
      if (!pr) return this.json(route, 404, { message: 'Not Found' });
      return this.json(route, 200, (this.reviews.get(pr.number) ?? []).map((r, i) => ({ id: i + 1, user: { login: r.user }, state: r.state, commit_id: r.commitId })));
    }
    if (method === 'PUT' && (m = new RegExp(`^${repoBase}/pulls/(\\d+)/merge$`).exec(p))) {
      const pr = pull(m[1]!);
      if (!pr) return this.json(route, 404, { message: 'Not Found' });
      // GitHub answers 405 when the branch's protection (or the pull request's state) forbids it.
      const refusal = this.mergeRefusal(pr);
      if (refusal) return this.json(route, 405, { message: refusal, documentation_url: 'https://docs.github.com/rest/pulls/pulls#merge-a-pull-request', status: '405' });
      const oid = this.merge(pr, body?.commit_title ?? pr.title);
      return this.json(route, 200, { sha: oid, merged: true, message: 'Pull Request successfully merged' });
    }
    if (method === 'DELETE' && (m = new RegExp(`^${repoBase}/git/refs/heads/(.+)$`).exec(p))) {
      const branch = decodeURI(m[1]!);
      if (!this.refs.has(branch) || branch === this.branch) return this.json(route, 422, { message: 'Reference does not exist' });
      this.refs.delete(branch);
      return route.fulfill({ status: 204, headers: { 'access-control-allow-origin': '*' } });
    }
    if ((m = new RegExp(`^${repoBase}/issues/(\\d+)(/labels)?$`).exec(p))) {
      const pr = this.pulls.find((x) => x.number === Number(m![1]));
      if (!pr) return this.json(route, 404, { message: 'Not Found' });
      if (method === 'POST' && m[2]) pr.labels.push(...body.labels);
      if (method === 'PATCH' && body.labels) pr.labels = body.labels;
      return this.json(route, 200, m[2] ? pr.labels.map((name) => ({ name })) : { number: pr.number, labels: pr.labels.map((name) => ({ name })) });
    }
    if (method === 'PATCH' && (m = new RegExp(`^${repoBase}/git/refs/heads/(.+)$`).exec(p))) {
      this.refs.set(decodeURI(m[1]), body.sha);
      return this.json(route, 200, { ref: `refs/heads/${m[1]}`, object: { sha: body.sha } });
    }
    rec.unknown = true;
    return this.json(route, 501, { message: `github-mock: no answer for ${method} ${path}` });
  }

  // ----- GraphQL -----
  private graphql(route: Route, body: { query: string; variables: Record<string, any> }, authorization?: string) {
    const { query, variables = {} } = body;
    const rec: RecordedRequest = { method: 'POST', path: 'graphql', query, variables, authorization };
    this.requests.push(rec);
    const ok = (operation: string, data: unknown) => {
      rec.operation = operation;
      return this.json(route, 200, { data });
    };
    const branchOf = (v: string | undefined) => (v ?? this.branch).replace(/^refs\/heads\//, '');

    if (query.includes('createCommitOnBranch')) {
      const input = variables.input;
      const branch = input.branch.branchName as string;
      const head = this.refs.get(branch);
      if (input.expectedHeadOid && input.expectedHeadOid !== head) {
        rec.operation = 'createCommitOnBranch';
        return this.json(route, 200, { data: { createCommitOnBranch: null }, errors: [{ message: `Expected branch to point to "${input.expectedHeadOid}" but it did not.` }] });
      }
      const files = new Map(this.trees.get(head ?? '') ?? []);
      const additions = (input.fileChanges.additions ?? []).map((a: { path: string; contents: string }) => {
        const bytes = Buffer.from(a.contents, 'base64');
        return { path: a.path, bytes, text: bytes.toString('utf8') };
      });
      const deletions = (input.fileChanges.deletions ?? []).map((d: { path: string }) => d.path);
      for (const d of deletions) files.delete(d);
      for (const a of additions) files.set(a.path, a.text);
      const oid = fakeOid(`${head}:${this.commits.length}:${JSON.stringify(input)}`);
      this.trees.set(oid, files);
      this.refs.set(branch, oid);
      this.commits.push({ oid, branch, parent: head ?? '', message: input.message.headline, files, additions, deletions });
      const commit: Record<string, unknown> = { oid, committedDate: new Date().toISOString() };
      for (const [, alias, path] of query.matchAll(/(file_\d+): file\(path: ("(?:[^"\\]|\\.)*")\)/g)) {
        const text = files.get(JSON.parse(path));
        commit[alias] = text === undefined ? null : { oid: blobSha(text) };
      }
      return ok('createCommitOnBranch', { createCommitOnBranch: { commit } });
    }
    if (query.includes('createRef(')) {
      const { name, oid } = variables.input;
      const branch = String(name).replace(/^refs\/heads\//, '');
      if (this.refs.has(branch)) {
        rec.operation = 'createRef';
        return this.json(route, 200, { data: { createRef: null }, errors: [{ message: `A ref named "${name}" already exists in the repository.` }] });
      }
      this.refs.set(branch, oid);
      this.branchedFrom.set(branch, oid);
      return ok('createRef', { createRef: { ref: { name } } });
    }
    if (/\b(markPullRequestReadyForReview|convertPullRequestToDraft)\(/.test(query)) {
      const operation = query.includes('markPullRequestReadyForReview(') ? 'markPullRequestReadyForReview' : 'convertPullRequestToDraft';
      const pr = this.pulls.find((x) => x.nodeId === variables.input?.pullRequestId);
      if (!pr) {
        rec.operation = operation;
        return this.json(route, 200, { data: { [operation]: null }, errors: [{ type: 'NOT_FOUND', message: `Could not resolve to a node with the global id of '${variables.input?.pullRequestId}'` }] });
      }
      pr.draft = operation === 'convertPullRequestToDraft';
      return ok(operation, { [operation]: { pullRequest: { isDraft: pr.draft } } });
    }
    if (query.includes('fork: repository(')) {
      return ok('branchBase', { fork: { id: 'R_repo' }, base: { ref: { target: { oid: this.refs.get(branchOf(variables.branch)) } } } });
    }
    if (/pullRequests\(\s*headRefName:/.test(query)) {
      const n = this.pulls.filter((p) => p.state === 'open' && p.head === variables.branch).length;
      return ok('openPullRequestCount', { repository: { pullRequests: { totalCount: n } } });
    }
    if (/pullRequests\(\s*states: OPEN/.test(query)) {
      const labels: string[] = JSON.parse(/labels: (\[[^\]]*\])/.exec(query)?.[1] ?? '[]');
      const nodes = this.pulls
        .filter((p) => p.state === 'open' && p.labels.some((l) => labels.includes(l)))
        .map((p) => {
          const base = this.filesAt(p.base);
          const head = this.filesAt(p.head);
          const changed = [...head].filter(([path, t]) => base.get(path) !== t).map(([path]) => ({ path, changeType: base.has(path) ? 'MODIFIED' : 'ADDED' }));
          const now = new Date().toISOString();
          return { id: p.nodeId, number: p.number, title: p.title, url: `https://github.com/${this.owner}/${this.repo}/pull/${p.number}`, isDraft: p.draft, isCrossRepository: false, createdAt: now, updatedAt: now, headRefName: p.head, headRefOid: this.refs.get(p.head), author: { login: this.login, avatarUrl: '', name: 'Cán bộ Văn phòng', email: '', databaseId: 4242 }, labels: { nodes: p.labels.map((name) => ({ name })) }, files: { nodes: changed } };
        });
      return ok('pullRequests', { repository: { pullRequests: { nodes } } });
    }
    if (/history\(first: 1\) \{ nodes \{ oid message/.test(query.replace(/\s+/g, ' '))) {
      const branch = branchOf(variables.branch);
      const oid = this.refs.get(branch);
      const last = [...this.commits].reverse().find((c) => c.oid === oid);
      return ok('lastCommit', { repository: oid ? { ref: { target: { history: { nodes: [{ oid, message: last?.message ?? 'Initial commit' }] } } } } : { ref: null } });
    }
    if (/^\s*query\(\$owner: String!, \$repo: String!, \$branch: String!\) \{ repository\(owner: \$owner, name: \$repo\) \{ ref\(qualifiedName: \$branch\) \{ target \{ \.\.\. on Commit \{ oid \} \} \} \} \}\s*$/.test(query)) {
      return ok('branchHead', { repository: { ref: { target: { oid: this.refs.get(branchOf(variables.branch)) } } } });
    }
    if (query.includes('defaultBranchRef')) {
      return ok('defaultBranch', { repository: { defaultBranchRef: { name: this.branch } } });
    }
    const repository: Record<string, unknown> = {};
    let operation = '';
    for (const [, alias, oid] of query.matchAll(/(content_\d+):\s*object\(oid: "([0-9a-f]{40})"\)/g)) {
      const text = this.blobIndex().get(oid);
      repository[alias] = text === undefined ? null : { text, isTruncated: false };
      operation = 'contents';
    }
    for (const [, alias, path] of query.matchAll(/(history_\d+):\s*ref\(qualifiedName: \$branch\)\s*\{.*?history\(first: \d+, path: ("(?:[^"\\]|\\.)*")\)/g)) {
      const nodes = this.history(branchOf(variables.branch), JSON.parse(path)).map((c) => ({ oid: c.oid, author: { name: 'Cán bộ Văn phòng', email: 'vanphong@example.invalid', avatarUrl: '', user: { login: this.login } }, committedDate: '2026-05-01T08:00:00Z' }));
      repository[alias] = { target: { history: { nodes } } };
      operation = 'history';
    }
    for (const [, alias] of query.matchAll(/(commit_\d+):\s*ref\(qualifiedName: \$branch\)/g)) {
      repository[alias] = { target: { history: { nodes: [{ author: { name: 'Văn thư', email: 'vanthu@example.invalid', user: null }, committedDate: '2026-05-01T08:00:00Z' }] } } };
      operation = 'metadata';
    }
    for (const [, alias] of query.matchAll(/(commit_\d+):\s*object\(oid: "[0-9a-f]{40}"\)/g)) {
      // Deployment / CI status of the head commit (Sveltia's "published?" indicator): none.
      repository[alias] = { status: null, deployments: { nodes: [] }, checkSuites: { nodes: [] } };
      operation = 'commitStatus';
    }
    for (const [, alias, expr] of query.matchAll(/(file_\d+):\s*object\(expression: ("(?:[^"\\]|\\.)*")\)/g)) {
      const [branch, ...rest] = String(JSON.parse(expr)).split(':');
      const text = this.filesAt(branch).get(rest.join(':'));
      repository[alias] = text === undefined ? null : { oid: blobSha(text), byteSize: Buffer.byteLength(text), isBinary: false, isTruncated: false, text };
      operation = 'pullRequestFiles';
    }
    // A folder's files with their texts in one request (the form's checks across files, src/cms/other-notices.ts).
    for (const [, alias, expr] of query.matchAll(/(\w+):\s*object\(expression: \$(\w+)\)\s*\{\s*\.\.\. on Tree/g)) {
      const [branch, ...rest] = String(variables[expr!] ?? '').split(':');
      const folder = rest.join(':').replace(/\/$/, '');
      const files = [...this.filesAt(branch!)].filter(([p]) => p.startsWith(`${folder}/`) && !p.slice(folder.length + 1).includes('/'));
      repository[alias!] = files.length
        ? { entries: files.sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, text]) => ({ name: p.slice(folder.length + 1), type: 'blob', object: { text, isTruncated: false } })) }
        : null;
      operation = 'folder';
    }
    if (operation) return ok(operation, { repository });
    rec.operation = 'unknown';
    rec.unknown = true;
    return this.json(route, 200, { data: null, errors: [{ message: 'github-mock: unknown query' }] });
  }

  /** A one-line summary of each request, for logs and snapshots. */
  summary(): string[] {
    return this.requests.map((r) => (r.path === 'graphql' ? `GraphQL ${r.operation}` : `${r.method} ${r.path}`) + (r.unknown ? '  (UNKNOWN)' : ''));
  }
}
