// Writes the malformed posts that are not sane to commit: `node scripts/test/write-malformed-posts.mjs <posts-subdir> <outside-dir>`.
// An 11 MB post (over the 10 MB limit), a binary file named .md, and symbolic links from the posts folder to a post outside it.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [dir, outside] = process.argv.slice(2);
if (!dir || !outside) {
  console.error('usage: node scripts/test/write-malformed-posts.mjs <posts-subdir> <outside-dir>');
  process.exit(2);
}
mkdirSync(dir, { recursive: true });
mkdirSync(outside, { recursive: true });

const paragraph = `<p>${'这是一篇大得离谱的文章，同一段财经新闻重复了很多遍。'.repeat(20)}</p>\n\n`;
const head = '---\ntitle: "十一兆字节的文章"\ndate: 2019-07-01 09:00:00 +0800\ncategories: geshi-ceshi\n---\n';
const big = head + paragraph.repeat(Math.ceil((11 * 1024 * 1024) / Buffer.byteLength(paragraph)));
writeFileSync(path.join(dir, 'big-post.md'), big);

// The start of a PNG file: its signature, then an IHDR chunk.
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x01, 0, 0, 0, 0x01, 0, 0x08, 0x06, 0, 0, 0, 0x5c, 0x72, 0xa8, 0x66]);
writeFileSync(path.join(dir, 'binary.md'), Buffer.concat([png, Buffer.alloc(256, 0xff)]));

writeFileSync(
  path.join(outside, 'secret-post.md'),
  '---\ntitle: "文件夹外面的秘密文章"\ndate: 2019-07-01 09:00:00 +0800\ncategories: geshi-ceshi\n---\n<p>这篇文章在文章文件夹外面，里面有暗号：紫水晶冰箱。</p>\n',
);
const link = (target, name) => symlinkSync(path.relative(dir, target), path.join(dir, name));
link(path.join(outside, 'secret-post.md'), 'symlink-outside.md');
link(outside, 'linked-folder');
console.log(`wrote big-post.md (${Buffer.byteLength(big)} bytes), binary.md, symlink-outside.md and linked-folder in ${dir}`);
