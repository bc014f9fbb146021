/**
 * The other notices of the repository, for the checks across files before a save
 * (validation.ts): the build checks `replaces` against every notice on the site's branch
 * (src/pipeline/validation/lifecycle.ts), so the form reads the same files.
 *
 * Sveltia holds the entries it loaded, but has no public API that hands them to a hook,
 * and its cache (IndexedDB) is its own affair. So the form asks GitHub itself, with the
 * editor's own credentials (github-guard.ts), in one GraphQL request for the whole folder
 * on the site's branch: a city portal's hundreds of notices are one request per save, not
 * one per file. Read at each save, so a notice published a minute ago counts.
 */
import { validateSource } from '../pipeline/validation/check.ts';
import type { ValidNotice } from '../pipeline/validation/types.ts';
import { githubAuthorization, readGitHub } from './github-guard.ts';

const FOLDER_QUERY = `query($owner: String!, $repo: String!, $expression: String!) {
  repository(owner: $owner, name: $repo) {
    folder: object(expression: $expression) {
      ... on Tree { entries { name type object { ... on Blob { text isTruncated } } } }
    }
  }
}`;

interface FolderAnswer {
  data?: { repository?: { folder?: { entries?: { name: string; type: string; object?: { text?: string | null; isTruncated?: boolean } | null }[] } | null } | null };
  errors?: unknown[];
}

/**
 * The text files directly in `folder` on `branch` (name and text; binary, truncated and
 * sub-folder entries left out), in one GraphQL request. Throws when GitHub cannot be read;
 * undefined when the editor is not signed in to GitHub. Also what the form reads the trust
 * roots with (original.ts).
 */
export async function readFolder(repo: string, branch: string, folder: string): Promise<{ name: string; text: string }[] | undefined> {
  // Signed in to no GitHub (the local repository mode of `npm run dev`): nothing to ask;
  // `npm run validate` and the pull request's check run the checks across files.
  if (!githubAuthorization()) return undefined;
  const [owner, name] = repo.split('/');
  const response = await readGitHub('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: FOLDER_QUERY, variables: { owner, repo: name, expression: `${branch}:${folder}` } }),
  });
  if (!response.ok) throw new Error(`GitHub ${response.status}`);
  const answer = (await response.json()) as FolderAnswer;
  if (answer.errors?.length) throw new Error(JSON.stringify(answer.errors));
  const out: { name: string; text: string }[] = [];
  for (const e of answer.data?.repository?.folder?.entries ?? []) {
    const text = e.object?.text;
    if (e.type !== 'blob' || typeof text !== 'string' || e.object?.isTruncated) continue;
    out.push({ name: e.name, text });
  }
  return out;
}

/**
 * The valid notices of `folder` on `branch`, but `except` (the file being saved: its new
 * text is the one checked). A file that is not valid on its own is left out, as the build
 * leaves it out of the checks across files. Throws when GitHub cannot be read; undefined
 * when the editor is not signed in to GitHub.
 */
export async function otherNotices(repo: string, branch: string, folder: string, except: string): Promise<ValidNotice[] | undefined> {
  const files = await readFolder(repo, branch, folder);
  if (!files) return undefined;
  const out: ValidNotice[] = [];
  for (const { name, text } of files) {
    const file = `${folder}/${name}`;
    if (!/\.ya?ml$/i.test(name) || file === except) continue;
    const r = validateSource(file, new TextEncoder().encode(text));
    if (r.ok) out.push(r);
  }
  return out;
}
