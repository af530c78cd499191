import matter from 'gray-matter';
import yaml from 'js-yaml';
import { decodeHTML } from 'entities';
import { explainDateProblem, parseFileNameDate, parseJekyllDate } from './dates';
import { toExcerpt } from './excerpt';
import type { Post, PostIssue, SiteConfig } from './types';

export const POST_EXTENSIONS = ['.md', '.markdown', '.html', '.txt'];

export type ParseResult = { ok: true; post: Post } | { ok: false; issue: PostIssue };

const FRONT_MATTER_START = /^\uFEFF?---[ \t]*\r?\n/;
const FRONT_MATTER_END = /\n---[ \t]*(\r?\n|$)/;
// A news article is tens of kilobytes; a post this large is a mistake, and would make a page of many megabytes.
export const MAX_POST_BYTES = 1024 * 1024;

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

export function hasFrontMatter(text: string): boolean {
  return FRONT_MATTER_START.test(text);
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

function fail(path: string, reason: string): ParseResult {
  return { ok: false, issue: { path, reason, level: 'error' } };
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

/** Why a slug cannot be a URL segment, or undefined when it can. */
function explainSlugProblem(slug: string): string | undefined {
  if (/[/\\?#]/.test(slug)) return `slug '${slug}' contains / \\ ? or #`;
  // A route param may arrive encoded or not, so '%41' could be read back as 'A'.
  if (slug.includes('%')) return `slug '${slug}' contains %, which its URL cannot carry unambiguously`;
  if (/^\.+$/.test(slug)) return `slug '${slug}' is only dots, which browsers drop from a URL`;
  return undefined;
}

/** Turns one post file's text into a post, or the reason it is not one. Never throws. */
export function parsePost(path: string, text: string, site: SiteConfig): ParseResult {
  if (text.replace(/^\uFEFF/, '').trim() === '') return note(path, 'empty file, not a post');
  if (!hasFrontMatter(text)) {
    if (text.slice(0, 8000).includes('\u0000')) return note(path, 'binary file (it holds NUL bytes), not a post');
    return note(path, 'no front matter (does not start with ---), not a post');
  }
  const size = toOversize(text);
  if (size !== undefined) return fail(path, `file is ${formatBytes(size)}; posts over ${formatBytes(MAX_POST_BYTES)} (1 MB) are left out`);
  if (!FRONT_MATTER_END.test(text.replace(FRONT_MATTER_START, '\n'))) return fail(path, 'front matter is not closed: no --- line after the first one');
  let data: Record<string, unknown>;
  let body: string;
  try {
    const parsed = matter(text.replace(/^\uFEFF/, ''), matterOptions);
    data = parsed.data;
    body = parsed.content;
  } catch (error) {
    const message = (error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)).replace(/:$/, '');
    return fail(path, `invalid YAML front matter: ${message}`);
  }
  const rawTitle = toText(data.title);
  if (!rawTitle) return fail(path, 'missing title');
  const title = decodeHTML(rawTitle).trim();

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

  return {
    ok: true,
    post: {
      path,
      slug,
      title,
      date: date.date,
      hasTime: date.hasTime,
      categories: toNameList(data, 'category', 'categories'),
      tags: toNameList(data, 'tag', 'tags'),
      ...(description ? { description: decodeHTML(description) } : {}),
      ...(toSourceUrl(data.source) ? { source: toSourceUrl(data.source) } : {}),
      redirectFrom: toRedirectPaths(data.redirect_from),
      excerpt: toExcerpt(body),
      published: data.published !== false,
      body,
    },
  };
}
