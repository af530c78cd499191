// Validates a posts folder: `npm run check [-- <dir>]`. Prints `path: reason` per problem, exits 1 on any error.
import path from 'node:path';
import { findDeadLinks } from '../lib/link-check';
import { createPostStore, toLabel } from '../lib/post-store';

const dir = path.resolve(process.cwd(), process.argv[2] ?? process.env.POSTS_DIR ?? 'posts');
const siteProblems: string[] = [];
const store = createPostStore(dir, { fullRead: true, log: (line) => line.includes('_site.yml') && siteProblems.push(line) });
const snapshot = await store.refresh();
const label = toLabel(dir);

for (const line of siteProblems) console.log(line);
const errors = snapshot.issues.filter((issue) => issue.level === 'error');
// Links to old pages that no longer exist still land somewhere (never a 404); each is noted.
const linkNotes: { path: string; reason: string }[] = [];
for (const summary of snapshot.posts) {
  const post = await store.readPost(summary);
  for (const link of post ? findDeadLinks(post.body, snapshot.site.legacyHosts, snapshot) : []) {
    linkNotes.push({ path: summary.path, reason: `link '${link.href}' names no page of this site; readers are sent to ${link.sentTo}` });
  }
}
const lines = [...snapshot.issues.map((issue) => ({ path: issue.path, reason: `${issue.level === 'note' ? 'note: ' : ''}${issue.reason}` })),
  ...linkNotes.map((note) => ({ path: note.path, reason: `note: ${note.reason}` }))];
lines.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
for (const line of lines) console.log(`${label}/${line.path}: ${line.reason}`);
const problems = errors.length + siteProblems.length;
const notes = lines.length - errors.length;
console.log(`${snapshot.posts.length} posts, ${problems} problem${problems === 1 ? '' : 's'}, ${notes} note(s) in ${label}`);
process.exitCode = problems > 0 ? 1 : 0;
