// Freshness trials against a running server: how long until an added, edited or deleted post shows everywhere.
import { mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

type Place = { url: string; wants: (status: number, html: string) => boolean };

/** A date in the site's +0800 form, `offsetMs` from now. */
export function toPostDate(ms: number): string {
  const shifted = new Date(ms + 8 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())} ${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())} +0800`;
}

export function toPostText(title: string, date: string, category: string, tag: string): string {
  return `---\ntitle: "${title}"\ndate: ${date}\ncategories: ${category}\ntags: [${tag}]\n---\n<p>${title}：基准测试写入的正文，检验新文章多久能被读者看到。</p>\n`;
}

/** Writes to a hidden name, then renames: the way the README tells operators to publish. */
function publish(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/** Milliseconds from now until every place answers as wanted (polled every 50 ms), or undefined after `timeoutMs`. */
async function until(base: string, places: Place[], timeoutMs: number): Promise<number | undefined> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    const answers = await Promise.all(
      places.map(async (place) => {
        const response = await fetch(base + place.url, { cache: 'no-store' }).catch(() => undefined);
        return response ? place.wants(response.status, await response.text()) : false;
      }),
    );
    if (answers.every(Boolean)) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return undefined;
}

export type FreshnessResult = { added: (number | undefined)[]; edited: (number | undefined)[]; deleted: (number | undefined)[]; futureLateMs?: number | undefined; futureHiddenEarly: boolean };

const has = (text: string) => (status: number, html: string) => status === 200 && html.includes(text);
const lacks = (text: string) => (status: number, html: string) => status === 200 && !html.includes(text);

/** `trials` rounds of add → edit → delete of one post, then one post dated a few seconds ahead. */
export async function measureFreshness(base: string, postsDir: string, trials: number, category: string, tag: string): Promise<FreshnessResult> {
  const result: FreshnessResult = { added: [], edited: [], deleted: [], futureHiddenEarly: true };
  const stamp = Date.now().toString(36);
  const lists = (check: (status: number, html: string) => boolean): Place[] => [
    { url: '/', wants: check },
    { url: `/category/${encodeURIComponent(category)}`, wants: check },
    { url: `/tags/${encodeURIComponent(tag)}`, wants: check },
  ];
  for (let i = 0; i < trials; i += 1) {
    const slug = `bench-fresh-${stamp}-${i}`;
    const file = path.join(postsDir, 'bench-fresh', `${slug}.md`);
    const title = `新发布的基准文章${stamp}第${i}篇`;
    publish(file, toPostText(title, toPostDate(Date.now() - 60_000), category, tag));
    result.added.push(await until(base, [{ url: `/posts/${slug}`, wants: has(title) }, ...lists(has(title))], 10_000));
    const edited = `改过标题的基准文章${stamp}第${i}篇`;
    publish(file, toPostText(edited, toPostDate(Date.now() - 60_000), category, tag));
    result.edited.push(await until(base, [{ url: `/posts/${slug}`, wants: has(edited) }, { url: '/', wants: has(edited) }], 10_000));
    unlinkSync(file);
    result.deleted.push(await until(base, [{ url: `/posts/${slug}`, wants: (status) => status === 404 }, ...lists(lacks(edited))], 10_000));
  }
  // A post dated 4 s ahead: hidden until then, then shown without anyone touching the folder.
  const slug = `bench-future-${stamp}`;
  const due = Date.now() + 4000;
  const title = `定时发布的基准文章${stamp}`;
  publish(path.join(postsDir, 'bench-fresh', `${slug}.md`), toPostText(title, toPostDate(due), category, tag));
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const early = await fetch(`${base}/posts/${slug}`);
  result.futureHiddenEarly = early.status === 404;
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())));
  result.futureLateMs = await until(base, [{ url: `/posts/${slug}`, wants: has(title) }, { url: '/', wants: has(title) }], 10_000);
  unlinkSync(path.join(postsDir, 'bench-fresh', `${slug}.md`));
  return result;
}
