// Writes the hostile e2e posts from their list: `npx tsx scripts/test/write-hostile-posts.ts`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { HOSTILE_POSTS, toPayloadList, toPostFile } from '../../e2e/fixtures/hostile/payloads';

const dir = path.join(import.meta.dirname, '..', '..', 'e2e', 'fixtures', 'hostile');
for (const post of HOSTILE_POSTS) writeFileSync(path.join(dir, `${post.name}.md`), toPostFile(post));
console.log(`${HOSTILE_POSTS.length} posts, ${toPayloadList().length} payloads in ${path.relative(process.cwd(), dir)}`);
