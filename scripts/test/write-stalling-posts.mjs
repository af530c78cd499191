// Writes the posts that stall a Markdown parser (scripts/content/gen/stalling-posts.mjs): `node scripts/test/write-stalling-posts.mjs <dir>`.
import { STALLING_POSTS, writeStallingPosts } from '../content/gen/stalling-posts.mjs';

const [dir] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node scripts/test/write-stalling-posts.mjs <dir>');
  process.exit(2);
}
writeStallingPosts(dir);
console.log(`wrote ${STALLING_POSTS.length} stalling posts in ${dir}`);
