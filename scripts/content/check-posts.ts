// Validates a posts folder: `npm run check [-- [--render] <dir>]`. Prints `path: reason` per problem,
// exits 1 on any error. With --render, every body is also rendered as the server would, under its
// time limit: slower (about 25 posts a second per core), but it finds the bodies the server gives up on.
import path from 'node:path';
import { findDeadLinks } from '../../lib/render/link-check';
import { checkNesting } from '../../lib/render/nesting.mjs';
import { createPostStore, toLabel } from '../../lib/content/post-store';
import { createRenderPool, RENDER_BUDGET_MS } from '../../lib/render/render-pool';

const args = process.argv.slice(2);
const renderAll = args.includes('--render');
const dir = path.resolve(process.cwd(), args.find((arg) => !arg.startsWith('--')) ?? process.env.POSTS_DIR ?? 'posts');
const siteProblems: string[] = [];
const store = createPostStore(dir, { fullRead: true, log: (line) => line.includes('_site.yml') && siteProblems.push(line) });
const snapshot = await store.refresh();
const label = toLabel(dir);

for (const line of siteProblems) console.log(line);
const errors = snapshot.issues.filter((issue) => issue.level === 'error');
// Links to old pages that no longer exist still land somewhere (never a 404); each is noted.
const linkNotes: { path: string; reason: string }[] = [];
// Bodies the server shows only as their excerpt: too deeply nested, or (with --render) failing or over the time limit.
const bodyErrors: { path: string; reason: string }[] = [];
const pool = renderAll ? createRenderPool({ filename: path.join(import.meta.dirname, '..', '..', 'lib', 'render', 'render-worker.mjs'), budgetMs: RENDER_BUDGET_MS }) : undefined;
const renders: Promise<void>[] = [];
for (const summary of snapshot.posts) {
  const post = await store.readPost(summary);
  if (!post) continue;
  for (const link of findDeadLinks(post.body, snapshot.site.legacyHosts, snapshot)) {
    linkNotes.push({ path: summary.path, reason: `link '${link.href}' names no page of this site; readers are sent to ${link.sentTo}` });
  }
  const tooDeep = checkNesting(post.body);
  if (tooDeep) bodyErrors.push({ path: summary.path, reason: `${tooDeep}; its article shows only the excerpt` });
  else if (pool) {
    renders.push((async () => {
      // The pool's queue is bounded: wait for room rather than lose a post.
      let outcome = pool.render(post.body);
      while (!outcome) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        outcome = pool.render(post.body);
      }
      const done = await outcome;
      if ('failure' in done) bodyErrors.push({ path: summary.path, reason: `${done.failure}; its article shows only the excerpt` });
    })());
  }
}
await Promise.all(renders);
await pool?.close();
const lines = [...snapshot.issues.map((issue) => ({ path: issue.path, reason: `${issue.level === 'note' ? 'note: ' : ''}${issue.reason}` })),
  ...bodyErrors, ...linkNotes.map((note) => ({ path: note.path, reason: `note: ${note.reason}` }))];
lines.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
for (const line of lines) console.log(`${label}/${line.path}: ${line.reason}`);
const problems = errors.length + bodyErrors.length + siteProblems.length;
const notes = lines.length - errors.length - bodyErrors.length;
console.log(`${snapshot.posts.length} posts, ${problems} problem${problems === 1 ? '' : 's'}, ${notes} note(s) in ${label}`);
process.exitCode = problems > 0 ? 1 : 0;
