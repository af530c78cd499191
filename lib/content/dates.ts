export type PostDate = { date: number; hasTime: boolean };

// Jekyll accepts "YYYY-MM-DD", "YYYY-MM-DD HH:MM[:SS] [+ZZZZ]" and the ISO "T" form.
const JEKYLL_DATE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function getPartFormatter(timezone: string): Intl.DateTimeFormat {
  let formatter = partFormatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partFormatters.set(timezone, formatter);
  }
  return formatter;
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

// Intl's formatToParts was a fifth of the index's build time at 100,000 posts, so offsets
// are looked up once per UTC day: a day whose start and end agree has one offset throughout.
const DAY = 86_400_000;
const dayOffsets = new Map<string, number | null>();

function askZoneOffset(ms: number, timezone: string): number {
  const parts: Record<string, number> = {};
  for (const part of getPartFormatter(timezone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const asUtc = toUtcWall(parts.year ?? 0, parts.month ?? 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60000);
}

/** Minutes east of UTC that `timezone` observes at the instant `ms`. */
export function getZoneOffset(ms: number, timezone: string): number {
  const day = Math.floor(ms / DAY);
  const key = `${timezone} ${day}`;
  let offset = dayOffsets.get(key);
  if (offset === undefined) {
    if (dayOffsets.size > 200_000) dayOffsets.clear();
    const start = askZoneOffset(day * DAY, timezone);
    // null marks a day with a change of offset: its instants are asked one by one.
    offset = start === askZoneOffset((day + 1) * DAY - 1000, timezone) ? start : null;
    dayOffsets.set(key, offset);
  }
  return offset ?? askZoneOffset(ms, timezone);
}

function toWallClock(ms: number, timezone: string): WallClock {
  const wall = new Date(ms + getZoneOffset(ms, timezone) * 60000);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

export function isValidTimezone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

// Real zones run from -12:00 to +14:00; ±14:00 bounds both sides.
const MAX_OFFSET_MINUTES = 14 * 60;

function parseOffset(text: string): number {
  if (text === 'Z') return 0;
  const digits = text.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  return text.startsWith('-') ? -minutes : minutes;
}

// Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear takes the year as written.
function toUtcWall(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** Why `text` is not a Jekyll date, to finish the message that reports it. */
export function explainDateProblem(text: string): string {
  const trimmed = text.trim();
  if (/^\d{5,}-/.test(trimmed)) return 'the year has more than four digits';
  const match = JEKYLL_DATE.exec(trimmed);
  if (!match) return 'expected YYYY-MM-DD, optionally followed by HH:MM[:SS] and an offset';
  const [, y = '', mo = '', d = '', h, mi, s] = match;
  if (Number(mo) < 1 || Number(mo) > 12) return `there is no month ${Number(mo)}`;
  const last = new Date(toUtcWall(Number(y), Number(mo) + 1, 0, 0, 0, 0)).getUTCDate();
  if (Number(d) < 1 || Number(d) > last) return `${y}-${mo.padStart(2, '0')} has no day ${Number(d)}`;
  const zone = match[7];
  if (zone !== undefined && Math.abs(parseOffset(zone)) > MAX_OFFSET_MINUTES) return `the offset ${zone} is outside ±14:00`;
  return `there is no time ${h}:${mi}${s === undefined ? '' : `:${s}`}`;
}

/** Parses a Jekyll front-matter date; a date without an offset is wall time in `timezone`. */
export function parseJekyllDate(text: string, timezone: string): PostDate | undefined {
  const match = JEKYLL_DATE.exec(text.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h ?? 0);
  const minute = Number(mi ?? 0);
  const second = Number(s ?? 0);
  const wallAsUtc = toUtcWall(year, month, day, hour, minute, second);
  const check = new Date(wallAsUtc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    return undefined;
  }
  const hasTime = h !== undefined;
  if (zone !== undefined) {
    const offset = parseOffset(zone);
    return Math.abs(offset) > MAX_OFFSET_MINUTES ? undefined : { date: wallAsUtc - offset * 60000, hasTime };
  }
  // Two passes find the right offset even on a day the zone changes it.
  let date = wallAsUtc - getZoneOffset(wallAsUtc, timezone) * 60000;
  date = wallAsUtc - getZoneOffset(date, timezone) * 60000;
  return { date, hasTime };
}

/** Reads the YYYY-MM-DD- prefix Jekyll takes a date from when front matter has none. */
export function parseFileNameDate(fileName: string, timezone: string): PostDate | undefined {
  const match = /^(\d{4}-\d{1,2}-\d{1,2})-/.exec(fileName);
  return match?.[1] ? parseJekyllDate(match[1], timezone) : undefined;
}

/** "2022年4月24日 16:31", or "2022年4月24日" for a post without a time, in the site's zone. */
export function formatDate(ms: number, hasTime: boolean, timezone: string): string {
  const wall = toWallClock(ms, timezone);
  const day = `${wall.year}年${wall.month}月${wall.day}日`;
  if (!hasTime) return day;
  return `${day} ${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`;
}

/** ISO 8601 with the site zone's own offset: 2022-04-24T16:31:15+08:00. */
export function toIsoWithOffset(ms: number, timezone: string): string {
  const wall = toWallClock(ms, timezone);
  const offset = getZoneOffset(ms, timezone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return (
    `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}
