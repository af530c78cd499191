// Posts whose bodies stall a Markdown parser: nesting that overflows the stack, and emphasis runs
// that make it quadratic. Each starts with an ordinary paragraph, which is its excerpt. Written
// by `node scripts/test/write-stalling-posts.mjs <dir>` for the e2e server, and into bench corpora.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** @type {{ name: string; title: string; body: string; kind: 'nesting' | 'slow' }[]} */
export const STALLING_POSTS = [
  { name: 'deep-quote-2k', title: '两千层引用的文章', body: '>'.repeat(2_000) + ' 最里面的一句话', kind: 'nesting' },
  { name: 'deep-quote-20k', title: '两万层引用的文章', body: '>'.repeat(20_000) + ' 最里面的一句话', kind: 'nesting' },
  { name: 'deep-spans', title: '五千个没有关上的标签', body: '字 <span>'.repeat(5_000), kind: 'nesting' },
  { name: 'strong-runs', title: '两万段加粗记号', body: '**a'.repeat(20_000), kind: 'slow' },
  { name: 'star-runs', title: '五万个星号', body: '*a'.repeat(50_000), kind: 'slow' },
];

/** @param {{ name: string; title: string; body: string }} post @param {number} index */
export function toStallingFile(post, index) {
  const day = String(index + 1).padStart(2, '0');
  return `---\ntitle: "${post.title}"\ndate: 2019-08-${day} 09:00:00 +0800\ncategories: geshi-zuse\ntags: [排版阻塞]\n---\n<p>这是“${post.title}”的摘要：正文会让解析器卡住，页面只显示这一段。</p>\n\n${post.body}\n`;
}

/** Writes every stalling post into `dir`. @param {string} dir */
export function writeStallingPosts(dir) {
  mkdirSync(dir, { recursive: true });
  STALLING_POSTS.forEach((post, index) => writeFileSync(path.join(dir, `${post.name}.md`), toStallingFile(post, index)));
}
