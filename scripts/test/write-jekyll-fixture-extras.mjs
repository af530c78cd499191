// Puts into a copy of e2e/fixtures/jekyll what is not sane to commit: `node scripts/test/write-jekyll-fixture-extras.mjs <site-dir>`.
// A NUL byte in a post body (git would call the file binary): each U+2400 SYMBOL FOR NULL in a post becomes U+0000.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [dir] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node scripts/test/write-jekyll-fixture-extras.mjs <site-dir>');
  process.exit(2);
}
const written = [];
for (const folder of ['_posts', 'old_post']) {
  for (const name of readdirSync(path.join(dir, folder))) {
    const file = path.join(dir, folder, name);
    const text = readFileSync(file, 'utf8');
    if (!text.includes('\u2400')) continue;
    writeFileSync(file, text.replaceAll('\u2400', '\u0000'));
    written.push(file);
  }
}
if (written.length === 0) {
  console.error(`no U+2400 placeholder in ${dir}/_posts or ${dir}/old_post`);
  process.exit(1);
}
console.log(`wrote a NUL byte into ${written.join(', ')}`);
