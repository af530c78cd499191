import type { Segment } from './highlight';

/** One line of the header search box's list. */
export type Suggestion = { title: string; url: string; dateText: string; category?: string; snippet: Segment[] };

/** What /api/search answers: the search box's one contract with the server. */
export type Suggestions = { query: string; total: number; items: Suggestion[] };

type Found = { title: string; url: string; dateText: string; category?: { name: string }; snippet: Segment[] };

/** The answer for the first results of a search. */
export function toSuggestions(query: string, total: number, items: Found[]): Suggestions {
  return { query, total, items: items.map(({ title, url, dateText, category, snippet }) => ({ title, url, dateText, ...(category ? { category: category.name } : {}), snippet })) };
}

const isString = (value: unknown): value is string => typeof value === 'string';

function isSegment(value: unknown): value is Segment {
  return typeof value === 'object' && value !== null && isString((value as Segment).text) && typeof (value as Segment).hit === 'boolean';
}

function isSuggestion(value: unknown): value is Suggestion {
  if (typeof value !== 'object' || value === null) return false;
  const item = value as Suggestion;
  return (
    isString(item.title) &&
    isString(item.url) &&
    // Only the site's own pages: an answer from anywhere else never becomes a link.
    item.url.startsWith('/') &&
    !item.url.startsWith('//') &&
    isString(item.dateText) &&
    (item.category === undefined || isString(item.category)) &&
    Array.isArray(item.snippet) &&
    item.snippet.every(isSegment)
  );
}

/** The answer read from the network, or undefined when it is not one. */
export function parseSuggestions(json: unknown): Suggestions | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const answer = json as Suggestions;
  if (!isString(answer.query) || typeof answer.total !== 'number' || !Array.isArray(answer.items)) return undefined;
  return answer.items.every(isSuggestion) ? answer : undefined;
}
