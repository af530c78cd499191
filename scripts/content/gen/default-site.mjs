// Writes and removes the default shape's folder: posts in year/month folders and `_site.yml`.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CATEGORIES } from './default-categories.mjs';
import { planPost, renderPost, toLayout } from './default-post.mjs';
import { LEGACY_HOST } from './default-words.mjs';
import { removeFile, removeFolder } from './remove-files.mjs';
import { STAMP_FILE } from './stamp.mjs';

const SITE_FILE = '_site.yml';

function renderSiteFile(count, seed) {
  const names = CATEGORIES.map((category) => `  ${category.slug}: ${category.name}`).join('\n');
  return `title: 财经新闻\ndescription: 生成的财经新闻样例（种子 ${seed}，共 ${count} 篇）\ntimezone: Asia/Shanghai\n`
    + `categories:\n${names}\nlegacy_hosts: [${LEGACY_HOST}]\n`;
}

/** Writes the default shape: `count` posts in year/month folders and `_site.yml`; returns the posts' bytes. */
export function writeDefaultPosts(dir, count, seed) {
  writeFileSync(path.join(dir, SITE_FILE), renderSiteFile(count, seed));
  const layout = toLayout(count);
  const madeFolders = new Set(['']);
  let bytes = 0;
  for (let index = 0; index < count; index += 1) {
    const plan = planPost(seed, index, layout);
    const data = Buffer.from(renderPost(plan), 'utf8');
    bytes += data.length;
    const folder = path.posix.dirname(plan.relPath).replace(/^\.$/, '');
    if (!madeFolders.has(folder)) {
      mkdirSync(path.join(dir, folder), { recursive: true });
      madeFolders.add(folder);
    }
    // Plain sync writes: on this 2-core box they cost less CPU than any number of parallel async ones.
    writeFileSync(path.join(dir, plan.relPath), data);
  }
  return bytes;
}

/** Deletes the posts, `_site.yml` and stamp a default run wrote, then the folders they leave empty, deepest first. */
export function removeDefaultPosts(dir, stamp) {
  const layout = toLayout(stamp.count);
  const folders = new Set();
  for (let index = 0; index < stamp.count; index += 1) {
    const { relPath } = planPost(stamp.seed, index, layout);
    removeFile(path.join(dir, relPath));
    for (let folder = path.posix.dirname(relPath); folder !== '.'; folder = path.posix.dirname(folder)) folders.add(folder);
  }
  for (const name of [SITE_FILE, STAMP_FILE]) removeFile(path.join(dir, name));
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) removeFolder(path.join(dir, folder));
}
