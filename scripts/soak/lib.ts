// Pure helpers of the soak test (scripts/soak/main.ts): the posts it writes and how it checks what the server sends back.
import { mulberry32 } from '../content/gen/rng.mjs';

export type SplitKind = 'front-matter' | 'body';

/** What one article response of a soak post shows. */
export type ArticleView = { titleVersion?: number; endVersions: number[]; degraded: boolean; errorPage: boolean };

export type ArticleVerdict = 'ok' | 'degraded' | 'error-page' | 'no-title' | 'no-end-marker' | 'unfinished-version' | 'mixed-versions';

export const SOAK_FOLDER = 'soak';

const FILLER = [
  '这是一篇由浸泡测试写入的文章，用来检查站点在持续读写之下是否始终只展示完整写好的版本。',
  '测试程序会不断新增、修改和删除这类文章，有的一次写完再改名替换，有的像编辑在原处分两次写入。',
  '读者看到的每一个版本都应当带有与标题一致的结尾标记，否则说明页面展示了写到一半的文件。',
  '正文故意写得比摘要长一些，使摘要只截取开头的说明文字，不会带上文末的结尾标记。',
];

export function toSoakSlug(id: number): string {
  return `soak-${id}`;
}

export function toSoakPath(id: number): string {
  return `${SOAK_FOLDER}/${toSoakSlug(id)}.md`;
}

export function toSoakTitle(id: number, version: number): string {
  return `浸泡测试 ${id} v${version}`;
}

/** The last paragraph of each version; `-完` ends it so a cut number never reads as another version. */
export function toEndMarker(id: number, version: number): string {
  return `结束标记-${id}-v${version}-完`;
}

/** `2026-11-20 10:00:00 +0800`: a Jekyll date in China time. */
export function formatJekyllDate(ms: number): string {
  const d = new Date(ms + 8 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0800`;
}

/** The file text of one version of a soak post; its title and end marker name the same version. */
export function toSoakPost(id: number, version: number, dateMs: number): string {
  const paragraphs = FILLER.map((line, i) => `<p>${line}（第${id}篇，第${version}版，第${i + 1}段）</p>`);
  return [
    '---',
    `title: "${toSoakTitle(id, version)}"`,
    `date: ${formatJekyllDate(dateMs)}`,
    `categories: ${SOAK_FOLDER}`,
    'tags: [浸泡, 测试]',
    '---',
    ...paragraphs.flatMap((p) => [p, '']),
    `<p>${toEndMarker(id, version)}</p>`,
    '',
  ].join('\n');
}

/**
 * Where a piecewise write pauses, as a byte offset into the file (it may fall inside a
 * character): inside the front matter, or between its end and the end marker.
 * `random` is in [0, 1).
 */
export function toSplitOffset(text: string, kind: SplitKind, random: number): number {
  const bodyStart = Buffer.byteLength(text.slice(0, text.indexOf('\n---\n') + 5));
  const markerStart = Buffer.byteLength(text.slice(0, text.lastIndexOf('<p>结束标记-')));
  const [from, to] = kind === 'front-matter' ? [4, bodyStart] : [bodyStart, markerStart];
  return from + Math.floor(random * (to - from));
}

export function isErrorPage(body: string): boolean {
  return body.includes('Internal Server Error') || body.includes('页面暂时无法显示');
}

/** Reads the title version (from the `<h1>`) and every end-marker version of post `id` out of an article page. */
export function parseArticle(html: string, id: number): ArticleView {
  const heading = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  const title = new RegExp(`浸泡测试 ${id} v(\\d+)(?!\\d)`).exec(heading)?.[1];
  const ends = [...html.matchAll(new RegExp(`结束标记-${id}-v(\\d+)-完`, 'g'))].map((m) => Number(m[1]));
  return {
    ...(title ? { titleVersion: Number(title) } : {}),
    endVersions: [...new Set(ends)].sort((a, b) => a - b),
    degraded: html.includes('正文正在更新'),
    errorPage: isErrorPage(html),
  };
}

/**
 * Judges one 200 article response against the versions written in full so far.
 * A degraded page (the summary while the file does not parse) shows no body, so no end marker.
 */
export function classifyArticle(view: ArticleView, completed: ReadonlySet<number>): ArticleVerdict {
  if (view.errorPage) return 'error-page';
  if (view.titleVersion === undefined) return 'no-title';
  if (view.degraded && view.endVersions.length === 0) return completed.has(view.titleVersion) ? 'degraded' : 'unfinished-version';
  const [end, ...others] = view.endVersions;
  if (end === undefined) return 'no-end-marker';
  if (others.length > 0 || end !== view.titleVersion) return 'mixed-versions';
  return completed.has(end) ? 'ok' : 'unfinished-version';
}

/** Paths of every `<loc>` of a sitemap or sitemap index. */
export function parseSitemapPaths(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap((m) => {
    const loc = (m[1] ?? '').replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))).replace(/&amp;/g, '&');
    try {
      const url = new URL(loc);
      return [url.pathname + url.search];
    } catch {
      return [];
    }
  });
}

/** VmRSS of a /proc/<pid>/status text, in KiB. */
export function parseVmRssKb(status: string): number | undefined {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return match?.[1] ? Number(match[1]) : undefined;
}

/** The parent pid of a /proc/<pid>/stat line; the command name may hold spaces and parentheses. */
export function parsePpid(stat: string): number | undefined {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ppid = Number(fields[1]);
  return Number.isInteger(ppid) && ppid >= 0 ? ppid : undefined;
}

/**
 * Server log lines that start a reported failure (not their indented stack and detail lines),
 * leaving out the index's own `path: reason` notes about posts.
 */
export function toErrorLines(log: string, postsLabel: string): string[] {
  return log
    .split('\n')
    .filter((line) => !line.startsWith(`${postsLabel}/`))
    .filter((line) => /^ ?⨯/.test(line) || (/^\S/.test(line) && /\bError\b|Unhandled|uncaught|EMFILE/i.test(line)));
}

/** mulberry32 (scripts/content/gen/rng.mjs): a small seeded generator, so a soak run can be repeated. */
export function createRng(seed: number): () => number {
  return mulberry32(seed);
}
