// Validates a posts folder: `npm run check [-- <dir>]`. Prints `path: reason` per problem, exits 1 on any error.
import path from 'node:path';
import { createPostStore, toLabel } from '../lib/post-store';

const dir = path.resolve(process.cwd(), process.argv[2] ?? process.env.POSTS_DIR ?? 'posts');
const siteProblems: string[] = [];
const store = createPostStore(dir, { fullRead: true, log: (line) => line.includes('_site.yml') && siteProblems.push(line) });
const snapshot = await store.refresh();
const label = toLabel(dir);

for (const line of siteProblems) console.log(line);
const errors = snapshot.issues.filter((issue) => issue.level === 'error');
for (const issue of snapshot.issues) {
  console.log(`${label}/${issue.path}: ${issue.level === 'note' ? 'note: ' : ''}${issue.reason}`);
}
const problems = errors.length + siteProblems.length;
console.log(`${snapshot.posts.length} posts, ${problems} problem${problems === 1 ? '' : 's'}, ${snapshot.issues.length - errors.length} note(s) in ${label}`);
process.exitCode = problems > 0 ? 1 : 0;
