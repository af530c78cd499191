import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The second e2e server (scripts/test/e2e-jekyll-server.sh): the same build, serving a copy of e2e/fixtures/jekyll.
export const JEKYLL_PORT = Number(process.env.E2E_JEKYLL_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1);
export const JEKYLL_URL = `http://127.0.0.1:${JEKYLL_PORT}`;
export const JEKYLL_DIR = `${process.env.E2E_DIR ?? '.e2e'}-jekyll`;
/** What the Jekyll server's feeds and canonical links use as its origin. */
export const JEKYLL_SITE_URL = 'https://finews.example.com';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'jekyll');

export type FixturePost = { file: string; slug: string; title: string; date: string; category: string; body: string };

/** The fixture's post files whose names Jekyll takes as posts (YYYY-MM-DD-name.md), in _posts/ and old_post/. */
export function readFixturePosts(): FixturePost[] {
  return ['_posts', 'old_post'].flatMap((folder) =>
    readdirSync(path.join(FIXTURE, folder))
      .filter((name) => /^\d{4}-\d{2}-\d{2}-.+\.md$/.test(name))
      .map((name) => {
        const text = readFileSync(path.join(FIXTURE, folder, name), 'utf8');
        const field = (key: string) => new RegExp(`^${key}: *"?(.*?)"?$`, 'm').exec(text)?.[1] ?? '';
        return { file: `${folder}/${name}`, slug: name.slice(11, -3), title: field('title'), date: field('date'), category: field('categories'), body: text.split(/^---$/m)[2] ?? '' };
      }),
  );
}

/** Category slug → display name, from the fixture's category/<slug>.html pages. */
export function readFixtureCategories(): Map<string, string> {
  const names = new Map<string, string>();
  for (const name of readdirSync(path.join(FIXTURE, 'category'))) {
    const text = readFileSync(path.join(FIXTURE, 'category', name), 'utf8');
    const title = /^title: (.*)$/m.exec(text)?.[1];
    const slug = /^category: (.*)$/m.exec(text)?.[1];
    if (title && slug) names.set(slug, title);
  }
  return names;
}
