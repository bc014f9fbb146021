/**
 * An in-memory GitHub (REST + GraphQL) for Sveltia CMS 0.221, served through Playwright's
 * `context.route('https://api.github.com/**')`: no request reaches the network.
 *
 * It answers exactly the requests Sveltia's GitHub backend makes (recorded from 0.221.1; see
 * `REQUEST_SHAPES`), keeps branches, commits and pull requests, and records every request
 * so a test can assert on them. Anything it does not know is answered 501 and recorded
 * with `unknown: true`, so a new Sveltia version that asks for something new fails loudly.
 */
import { createHash } from 'node:crypto';
import type { BrowserContext, Route } from 'playwright-core';

export const API = 'https://api.github.com';

/** What Sveltia 0.221.1 asks for, in the order of a sign-in → open → save (editorial workflow). */
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
    'GraphQL branchBase: fork: repository(owner: $forkOwner, name: $forkRepo) { id } base: repository(…) { ref(qualifiedName: $branch) { target { oid } } }',
    'GraphQL createRef(input: { repositoryId, name: "refs/heads/cms/<collection>/<slug>", oid })',
    'GraphQL createCommitOnBranch(input: { branch: { repositoryNameWithOwner, branchName }, expectedHeadOid, fileChanges: { additions: [{ path, contents (base64) }], deletions }, message: { headline } }) { commit { oid committedDate file_N: file(path: "…") { oid } } }',
    'REST POST /repos/:owner/:repo/pulls { title, head, base, draft: true, body } → { number, node_id, html_url, head: { sha }, created_at, updated_at }',
    'REST POST /repos/:owner/:repo/issues/:number/labels { labels: ["sveltia-cms/draft"] }',
  ],
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
}

export interface MockOptions {
  owner: string;
  repo: string;
  branch?: string;
  /** path → text on the default branch */
  files: Record<string, string>;
  token?: string;
  login?: string;
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

  constructor(o: MockOptions) {
    this.owner = o.owner;
    this.repo = o.repo;
    this.branch = o.branch ?? 'main';
    this.token = o.token ?? 'github_pat_TEST';
    this.login = o.login ?? 'can-bo-van-phong';
    const root = fakeOid('root');
    this.trees.set(root, new Map(Object.entries(o.files)));
    this.refs.set(this.branch, root);
  }

  filesAt(branch: string): Map<string, string> {
    return this.trees.get(this.refs.get(branch) ?? '') ?? new Map();
  }

  private blobIndex(): Map<string, string> {
    const m = new Map<string, string>();
    for (const files of this.trees.values()) for (const text of files.values()) m.set(blobSha(text), text);
    return m;
  }

  async install(context: BrowserContext) {
    await context.route(`${API}/**`, (route) => this.handle(route));
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
      const pr: PullRequest = { number, nodeId: `PR_${number}`, title: body.title, head: body.head, base: body.base, draft: !!body.draft, body: body.body, labels: [], state: 'open' };
      this.pulls.push(pr);
      const now = new Date().toISOString();
      return this.json(route, 201, { number, node_id: pr.nodeId, title: pr.title, html_url: `https://github.com/${this.owner}/${this.repo}/pull/${number}`, head: { sha: this.refs.get(pr.head), ref: pr.head }, created_at: now, updated_at: now, draft: pr.draft });
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
      return ok('createRef', { createRef: { ref: { name } } });
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
