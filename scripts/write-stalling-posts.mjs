// Writes the posts that stall a Markdown parser (scripts/gen/stalling-posts.mjs): `node scripts/write-stalling-posts.mjs <dir>`.
import { STALLING_POSTS, writeStallingPosts } from './gen/stalling-posts.mjs';

const [dir] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node scripts/write-stalling-posts.mjs <dir>');
  process.exit(2);
}
writeStallingPosts(dir);
console.log(`wrote ${STALLING_POSTS.length} stalling posts in ${dir}`);
