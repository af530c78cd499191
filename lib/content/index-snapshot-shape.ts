import type { FileState } from './snapshot';
import type { PostIssue, PostSummary, SitePage } from '../types';

// What lib/content/index-snapshot.ts reads back is checked, not trusted: a damaged or hand-edited
// file must not put a post without a title into the lists.

export type Header = { version: string; root: string; site: string; savedAt: number; count: number };

type Shape = Record<string, unknown>;

function isShape(value: unknown): value is Shape {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isOptionalString(value: unknown): value is string | undefined {
  return value === undefined || typeof value === 'string';
}

export function isHeader(value: unknown): value is Header {
  return (
    isShape(value) &&
    typeof value.version === 'string' &&
    typeof value.root === 'string' &&
    typeof value.site === 'string' &&
    Number.isFinite(value.savedAt) &&
    Number.isInteger(value.count)
  );
}

function isPostSummary(value: unknown, name: string): value is PostSummary {
  return (
    isShape(value) &&
    value.path === name &&
    typeof value.slug === 'string' &&
    typeof value.title === 'string' &&
    Number.isFinite(value.date) &&
    typeof value.hasTime === 'boolean' &&
    isStringArray(value.categories) &&
    isStringArray(value.tags) &&
    isOptionalString(value.description) &&
    isOptionalString(value.source) &&
    isStringArray(value.redirectFrom) &&
    typeof value.excerpt === 'string' &&
    typeof value.published === 'boolean'
  );
}

function isIssue(value: unknown, name: string): value is PostIssue {
  return isShape(value) && value.path === name && typeof value.reason === 'string' && (value.level === 'error' || value.level === 'note');
}

function isPage(value: unknown): value is SitePage {
  return isShape(value) && typeof value.layout === 'string' && isOptionalString(value.title) && isOptionalString(value.category) && isOptionalString(value.permalink);
}

/** One `[path, state]` pair as the index keeps it. */
export function isEntry(value: unknown): value is [string, FileState] {
  if (!Array.isArray(value) || value.length !== 2) return false;
  const [name, state]: unknown[] = value;
  return (
    typeof name === 'string' &&
    isShape(state) &&
    Number.isFinite(state.mtimeMs) &&
    Number.isFinite(state.size) &&
    (state.post === undefined || isPostSummary(state.post, name)) &&
    (state.issue === undefined || isIssue(state.issue, name)) &&
    (state.page === undefined || isPage(state.page)) &&
    (state.oldPaths === undefined || isStringArray(state.oldPaths))
  );
}
