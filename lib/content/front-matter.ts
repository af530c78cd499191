import matter from 'gray-matter';
import yaml from 'js-yaml';
import { decodeHTML } from 'entities';
import { explainDateProblem, parseFileNameDate, parseJekyllDate } from './dates';
import { toExcerpt } from '../render/excerpt';
import type { Post, PostIssue, SiteConfig, SitePage } from '../types';

export const POST_EXTENSIONS = ['.md', '.markdown', '.html', '.txt'];

export type ParseResult = { ok: true; post: Post; note?: PostIssue } | { ok: false; issue: PostIssue; page?: undefined } | { ok: false; issue?: undefined; page: SitePage };

// Scraped posts often open with a blank line or stray spaces before the first ---.
const FRONT_MATTER_START = /^\uFEFF?(?:[ \t]*\r?\n)*[ \t]*---[ \t]*\r?\n/;
// Jekyll renders any size, and scraped pages with inline images run to several megabytes;
// past this a file is a mistake rather than an article.
export const MAX_POST_BYTES = 10 * 1024 * 1024;

// CORE_SCHEMA keeps dates as the strings the author wrote, so parseJekyllDate sees them whole.
const matterOptions = {
  engines: {
    yaml: (text: string): object => {
      const data: unknown = yaml.safeLoad(text, { schema: yaml.CORE_SCHEMA });
      if (data == null) return {};
      if (typeof data !== 'object' || Array.isArray(data)) throw new Error('front matter is not a map of keys');
      return data;
    },
  },
};

// Jekyll closes front matter with a line of --- (or YAML's ...).
const FRONT_MATTER_END = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export function hasFrontMatter(text: string): boolean {
  return FRONT_MATTER_START.test(text);
}

/**
 * The front-matter block and the body after it; undefined when the block is not closed.
 * Splitting here means gray-matter sees only the short block: it looks every input up in
 * its cache by content, which costs as much as parsing for a whole post (measured: 2 s per
 * 100,000 posts).
 */
export function splitFrontMatter(text: string): { block: string; body: string } | undefined {
  const start = FRONT_MATTER_START.exec(text);
  if (!start) return undefined;
  const rest = text.slice(start[0].length);
  // An empty block closes on the very next line.
  const end = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(rest) ?? FRONT_MATTER_END.exec(rest);
  if (!end) return undefined;
  const block = rest.slice(0, end.index);
  const body = rest.slice(end.index + end[0].length);
  return { block, body };
}

function toText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** Jekyll's rule: the singular key is one value; the plural is a list or a whitespace-split string. */
function toNameList(data: Record<string, unknown>, singular: string, plural: string): string[] {
  const one = toText(data[singular]);
  if (one) return [one];
  const many = data[plural];
  const items = Array.isArray(many) ? many.map(toText) : (toText(many)?.split(/\s+/) ?? []);
  // A name made only of dots cannot be a URL segment: browsers resolve /tags/.. to /.
  return [...new Set(items.filter((item): item is string => Boolean(item) && !/^\.+$/.test(item ?? '')))];
}

function toSourceUrl(value: unknown): string | undefined {
  const text = toText(value);
  if (!text) return undefined;
  const url = text.startsWith('//') ? `https:${text}` : text;
  return /^https?:\/\/[^\s/]+/i.test(url) ? url : undefined;
}

/** `redirect_from` paths, each starting with one slash. */
function toRedirectPaths(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items
    .map(toText)
    .filter((item): item is string => Boolean(item))
    .map((item) => `/${item.replace(/^https?:\/\/[^/]+/i, '').replace(/^\/+/, '')}`);
}

function fileNameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function toFileSlug(path: string): string {
  const name = fileNameOf(path).replace(/\.[^.]+$/, '');
  return name.replace(/^\d{4}-\d{1,2}-\d{1,2}-/, '') || name;
}

// One post's tags and categories, and its title, go into every list it appears on: a scraped
// file with 10,000 tags made each list page 9 MB, and a 500 KB title a 5.7 MB article.
export const MAX_TERMS = 50;
export const MAX_TITLE_CHARS = 300;

/** The first MAX_TERMS names, and a word on what was dropped. */
function toBoundedNames(names: string[], kind: string, dropped: string[]): string[] {
  if (names.length <= MAX_TERMS) return names;
  dropped.push(`${names.length.toLocaleString('en-US')} ${kind}, only the first ${MAX_TERMS} are kept`);
  return names.slice(0, MAX_TERMS);
}

function toBoundedTitle(title: string, dropped: string[]): string {
  const chars = Array.from(title);
  if (chars.length <= MAX_TITLE_CHARS) return title;
  dropped.push(`title is ${chars.length.toLocaleString('en-US')} characters, shown cut to ${MAX_TITLE_CHARS}`);
  return `${chars.slice(0, MAX_TITLE_CHARS).join('').trimEnd()}…`;
}

function fail(path: string, reason: string): ParseResult {
  return { ok: false, issue: { path, reason, level: 'error' } };
}

/** Jekyll publishes posts only from `_posts/`; elsewhere a file is a post only if its front matter says so. */
function isInPostsFolder(path: string): boolean {
  return path.startsWith('_posts/') || path.includes('/_posts/');
}

/**
 * A Jekyll page rather than a post: a category page, an index page such as `emnews.md`
 * (`permalink: /emnews/`), `404.md` or `README.md`. Such a file names things; it is not news.
 */
function toSitePage(data: Record<string, unknown>): SitePage | undefined {
  const layout = toText(data.layout);
  const dated = data.date !== undefined && data.date !== null;
  const permalink = toText(data.permalink);
  if (layout === 'post' || (layout !== 'category' && dated)) return undefined;
  if (layout === undefined && permalink === undefined) return undefined;
  const title = toText(data.title);
  const category = toText(data.category);
  return { layout: layout ?? 'page', ...(title ? { title } : {}), ...(category ? { category } : {}), ...(permalink ? { permalink } : {}) };
}

function note(path: string, reason: string): ParseResult {
  return { ok: false, issue: { path, reason, level: 'note' } };
}

/** The file's size in UTF-8 bytes when it is over the limit; counted only when it might be. */
function toOversize(text: string): number | undefined {
  if (text.length * 3 <= MAX_POST_BYTES) return undefined;
  const size = new TextEncoder().encode(text).length;
  return size > MAX_POST_BYTES ? size : undefined;
}

function formatBytes(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} bytes`;
}

/** Why a file of `size` bytes is left out. */
export function formatOversize(size: number): string {
  return `file is ${formatBytes(size)}; posts over ${formatBytes(MAX_POST_BYTES)} (10 MB) are left out`;
}

/** Why a slug cannot be a URL segment, or undefined when it can. */
function explainSlugProblem(slug: string): string | undefined {
  if (/[/\\?#]/.test(slug)) return `slug '${slug}' contains / \\ ? or #`;
  // A route param may arrive encoded or not, so '%41' could be read back as 'A'.
  if (slug.includes('%')) return `slug '${slug}' contains %, which its URL cannot carry unambiguously`;
  if (/^\.+$/.test(slug)) return `slug '${slug}' is only dots, which browsers drop from a URL`;
  return undefined;
}

/**
 * Turns one post file's text into a post, or the reason it is not one. Never throws.
 * `text` may be only the start of the file (the index reads no more than it needs); the body
 * is then only as long as that start, enough for the excerpt.
 */
export function parsePost(path: string, text: string, site: SiteConfig): ParseResult {
  // In a Jekyll checkout, a file outside _posts/ without front matter is a static file Jekyll copies as is.
  if (site.jekyll && !isInPostsFolder(path) && !hasFrontMatter(text)) return { ok: false, page: { layout: 'static' } };
  if (text.replace(/^\uFEFF/, '').trim() === '') return note(path, 'empty file, not a post');
  if (!hasFrontMatter(text)) {
    if (text.slice(0, 8000).includes('\u0000')) return note(path, 'binary file (it holds NUL bytes), not a post');
    return note(path, 'no front matter (does not start with ---), not a post');
  }
  const size = toOversize(text);
  if (size !== undefined) return fail(path, formatOversize(size));
  const parts = splitFrontMatter(text);
  if (!parts) return fail(path, 'front matter is not closed: no --- line after the first one');
  // A NUL byte would show as a replacement character; scraped text carries them now and then.
  const body = parts.body.includes('\u0000') ? parts.body.replaceAll('\u0000', '') : parts.body;
  let data: Record<string, unknown>;
  try {
    data = matter(`---\n${parts.block}\n---\n`, matterOptions).data;
  } catch (error) {
    const message = (error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)).replace(/:$/, '');
    return fail(path, `invalid YAML front matter: ${message}`);
  }
  const page = toSitePage(data);
  if (page) return { ok: false, page };
  const rawTitle = toText(data.title);
  if (!rawTitle) return fail(path, 'missing title');
  const dropped: string[] = [];
  const title = toBoundedTitle(decodeHTML(rawTitle).trim(), dropped);

  let date;
  const dateText = data.date === undefined || data.date === null ? undefined : String(data.date);
  if (dateText !== undefined) {
    date = parseJekyllDate(dateText, site.timezone);
    if (!date) return fail(path, `date '${dateText}' is not a Jekyll date: ${explainDateProblem(dateText)}`);
  } else {
    date = parseFileNameDate(fileNameOf(path), site.timezone);
    const named = /^(\d+-\d+-\d+)-/.exec(fileNameOf(path))?.[1];
    if (!date && named) return fail(path, `file name date '${named}' is not a Jekyll date: ${explainDateProblem(named)}`);
    if (!date) return fail(path, 'no date: neither a date key nor a YYYY-MM-DD- file name');
  }

  const slug = toText(data.slug) ?? toFileSlug(path);
  const slugProblem = explainSlugProblem(slug);
  if (slugProblem) return fail(path, slugProblem);
  const description = toText(data.description);
  const categories = toBoundedNames(toNameList(data, 'category', 'categories'), 'categories', dropped);
  const tags = toBoundedNames(toNameList(data, 'tag', 'tags'), 'tags', dropped);

  return {
    ok: true,
    ...(dropped.length > 0 ? { note: { path, reason: dropped.join('; '), level: 'note' as const } } : {}),
    post: {
      path,
      slug,
      title,
      date: date.date,
      hasTime: date.hasTime,
      categories,
      tags,
      ...(description ? { description: decodeHTML(description) } : {}),
      ...(toSourceUrl(data.source) ? { source: toSourceUrl(data.source) } : {}),
      redirectFrom: toRedirectPaths(data.redirect_from),
      excerpt: toExcerpt(body),
      published: data.published !== false,
      body,
    },
  };
}
