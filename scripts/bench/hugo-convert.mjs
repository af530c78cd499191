// @ts-check
// Rewrites a Jekyll post's front matter into a form Hugo reads the same way, once, before any timing.
import yaml from 'js-yaml';

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;
// Same forms as lib/content/dates.ts. Hugo 0.111 reads "YYYY-MM-DD HH:MM:SS +ZZZZ" itself, but silently
// dates "HH:MM" times and unpadded months as year 1, so every date is rewritten as RFC 3339.
const JEKYLL_DATE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
const FILE_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})-/;

/** @param {string} text */
const pad = (text) => text.padStart(2, '0');

/** @param {unknown} value @returns {string | undefined} */
function toText(value) {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/**
 * Jekyll's rule: the singular key is one value; the plural is a list or a whitespace-split string.
 * @param {Record<string, unknown>} data @param {string} singular @param {string} plural @returns {string[]}
 */
function toNameList(data, singular, plural) {
  const one = toText(data[singular]);
  if (one) return [one];
  const many = data[plural];
  const items = Array.isArray(many) ? many.map(toText) : (toText(many)?.split(/\s+/) ?? []);
  return [...new Set(/** @type {string[]} */ (items.filter(Boolean)))];
}

/** @param {string} zone */
function toOffset(zone) {
  if (zone === 'Z') return 'Z';
  const digits = zone.slice(1).replace(':', '');
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2) || '00'}`;
}

/**
 * A Jekyll date as RFC 3339; without an offset it stays wall time, which Hugo reads in the site's `timeZone`.
 * @param {string} text @returns {string | undefined}
 */
export function toHugoDate(text) {
  const match = JEKYLL_DATE.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, zone] =
    /** @type {[string, string, string, string, string?, string?, string?, string?]} */ (/** @type {unknown} */ (match));
  const ymd = `${year}-${pad(month)}-${pad(day)}`;
  const check = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (check.getUTCMonth() !== Number(month) - 1 || check.getUTCDate() !== Number(day)) return undefined;
  if (hour === undefined) return ymd;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) return undefined;
  return `${ymd}T${pad(hour)}:${minute}:${pad(second ?? '0')}${zone ? toOffset(zone) : ''}`;
}

/** @param {string} path */
function fileNameOf(path) {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** @param {Record<string, unknown>} data @param {string} fileName @returns {string} */
function toDate(data, fileName) {
  if (data.date !== undefined && data.date !== null) {
    const date = toHugoDate(String(data.date));
    if (!date) throw new Error(`date '${data.date}' is not a Jekyll date`);
    return date;
  }
  const match = FILE_DATE.exec(fileName);
  const date = match && toHugoDate(`${match[1]}-${match[2]}-${match[3]}`);
  if (!date) throw new Error('no date: neither a date key nor a YYYY-MM-DD- file name');
  return date;
}

/** @param {Record<string, unknown>} data @param {string} fileName @returns {string} */
function toSlug(data, fileName) {
  const slug = toText(data.slug);
  if (slug !== undefined) return slug;
  const name = fileName.replace(/\.[^.]+$/, '');
  return name.replace(FILE_DATE, '') || name;
}

/**
 * Returns the post at `path` with Hugo front matter: title, RFC 3339 date, slug (as Jekyll derives it),
 * `categories`/`tags` as lists (Jekyll also takes `category:` and space-separated strings such as
 * `tags: a b`, which Hugo would keep as one term "a b"), `published: false` as `draft`, `redirect_from`
 * as `aliases`. Other Jekyll keys (`layout`, ...) are dropped: some collide with Hugo's own (`type`, `url`).
 * Values are written as JSON strings, so Hugo's YAML 1.1 never turns a tag like `no` into a boolean.
 * Throws an Error saying what is wrong when the post is not one our site would accept either.
 * @param {string} text
 * @param {string} path
 * @returns {string}
 */
export function toHugoFrontMatter(text, path) {
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new Error('no front matter (does not start with ---), not a post');
  let data;
  try {
    // Whether it is a map of keys is checked just below.
    data = /** @type {Record<string, unknown>} */ (yaml.safeLoad(match[1] ?? '', { schema: yaml.CORE_SCHEMA }) ?? {});
  } catch (error) {
    throw new Error(`invalid YAML front matter: ${String(/** @type {Error} */ (error).message).split('\n')[0]}`);
  }
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error('invalid YAML front matter: not a map of keys');
  const title = toText(data.title);
  if (!title) throw new Error('missing title');
  const fileName = fileNameOf(path);
  /** @type {[string, unknown][]} */
  const fields = [
    ['title', title],
    ['date', toDate(data, fileName)],
    ['slug', toSlug(data, fileName)],
    ['categories', toNameList(data, 'category', 'categories')],
    ['tags', toNameList(data, 'tag', 'tags')],
  ];
  const description = toText(data.description);
  if (description) fields.push(['description', description]);
  if (data.published === false) fields.push(['draft', true]);
  const redirects = /** @type {string[]} */ ((Array.isArray(data.redirect_from) ? data.redirect_from : [data.redirect_from]).map(toText).filter(Boolean));
  if (redirects.length > 0) fields.push(['aliases', redirects.map((item) => `/${item.replace(/^https?:\/\/[^/]+/i, '').replace(/^\/+/, '')}`)]);
  const lines = fields.map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n${text.slice(match[0].length)}`;
}
