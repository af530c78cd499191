// Set-up of the soak test: the throwaway posts folder, the files a build rewrites, the URLs to load.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseSitemapPaths } from './lib';

/** Fresh `workDir` holding a copy of `<root>/posts` plus `count` generated posts under `gen/`; returns the generator's report. */
export function preparePosts(root: string, workDir: string, postsDir: string, count: number, seed: number): string {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  cpSync(path.join(root, 'posts'), postsDir, { recursive: true });
  const args = ['scripts/content/gen-posts.mjs', path.join(postsDir, 'gen'), String(count), '--seed', String(seed)];
  const gen = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (gen.status !== 0) throw new Error(`gen-posts failed: ${gen.stderr}`);
  return gen.stdout.trim();
}

/** Remembers the text of `files` now; the returned function puts each back (or removes it if it did not exist). */
export function keepFiles(files: string[]): () => void {
  const saved = new Map(files.map((file) => [file, existsSync(file) ? readFileSync(file, 'utf8') : undefined]));
  return () => {
    for (const [file, text] of saved) {
      const now = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      if (now === text) continue;
      if (text === undefined) rmSync(file, { force: true });
      else writeFileSync(file, text);
    }
  };
}

/** Every page path the server's sitemap lists, following a sitemap index to its children. */
export async function discoverPaths(origin: string): Promise<string[]> {
  const paths = parseSitemapPaths(await (await fetch(`${origin}/sitemap.xml`)).text());
  for (const child of paths.filter((p) => p.startsWith('/sitemaps/'))) {
    paths.push(...parseSitemapPaths(await (await fetch(origin + child)).text()));
  }
  return paths.filter((p) => !p.startsWith('/sitemaps/'));
}
