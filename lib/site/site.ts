import yaml from 'js-yaml';
import { isValidTimezone } from '../content/dates';
import type { SiteConfig } from '../types';

export const DEFAULT_SITE_URL = 'http://localhost:3000';

type SiteResult = { site: SiteConfig; problems: string[] };

function toSiteUrl(value: string | undefined): string {
  const text = (value ?? '').trim();
  if (!/^https?:\/\/[^/\s]+/.test(text)) return DEFAULT_SITE_URL;
  return text.replace(/\/+$/, '');
}

function toStringMap(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const map: Record<string, string> = {};
  for (const [key, name] of Object.entries(value)) {
    if (typeof name === 'string' || typeof name === 'number') map[key] = String(name);
  }
  return map;
}

function toHostList(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s+/) : [];
  return list.filter((host): host is string => typeof host === 'string' && host.length > 0).map((h) => h.toLowerCase());
}

/** The settings a YAML file holds, or a problem line naming the file. */
function loadYamlMap(file: string, text: string | undefined, problems: string[]): Record<string, unknown> {
  if (text === undefined) return {};
  try {
    const loaded: unknown = yaml.safeLoad(text, { schema: yaml.CORE_SCHEMA });
    if (loaded && typeof loaded === 'object' && !Array.isArray(loaded)) return loaded as Record<string, unknown>;
    if (loaded != null) problems.push(`${file}: expected a map of settings`);
  } catch (error) {
    problems.push(`${file}: invalid YAML (${error instanceof Error ? error.message.split('\n')[0] : error})`);
  }
  return {};
}

/** The host of Jekyll's `url`: the site this archive was first published on. */
function toLegacyHost(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  return /^(?:https?:)?\/\/([^/:?#\s]+)/i.exec(url.trim())?.[1]?.toLowerCase();
}

/**
 * Reads `_site.yml` text (or its absence) into settings; bad values fall back to defaults and are
 * reported. `jekyllText` is the site's `_config.yml`, when the folder is a Jekyll checkout: it
 * gives title, description and timezone unless `_site.yml` says otherwise; its `url`, and the host in
 * `cname` (the checkout's CNAME file), are legacy hosts.
 */
export function parseSiteConfig(text: string | undefined, siteUrl?: string, jekyllText?: string, cname?: string): SiteResult {
  const problems: string[] = [];
  const jekyll = loadYamlMap('_config.yml', jekyllText, problems);
  const own = loadYamlMap('_site.yml', text, problems);
  const data: Record<string, unknown> = { ...jekyll, ...own };
  const file = own.timezone !== undefined ? '_site.yml' : '_config.yml';
  let timezone = typeof data.timezone === 'string' ? data.timezone : 'Asia/Shanghai';
  if (!isValidTimezone(timezone)) {
    problems.push(`${file}: unknown timezone '${timezone}', using Asia/Shanghai`);
    timezone = 'Asia/Shanghai';
  }
  const categories = toStringMap(own.categories);
  const legacyHosts = toHostList(own.legacy_hosts);
  const cnameHost = cname?.trim().split(/\s+/)[0];
  for (const host of [toLegacyHost(jekyll.url), cnameHost ? toLegacyHost(`//${cnameHost}`) : undefined]) {
    if (host && !legacyHosts.includes(host)) legacyHosts.push(host);
  }
  return {
    site: {
      title: typeof data.title === 'string' && data.title.trim() ? data.title.trim() : '财经新闻',
      description: typeof data.description === 'string' ? data.description.trim() : '',
      timezone,
      categories,
      navCategories: Object.keys(categories),
      legacyHosts,
      siteUrl: toSiteUrl(siteUrl),
      jekyll: jekyllText !== undefined,
    },
    problems,
  };
}

export function formatCategoryName(site: SiteConfig, slug: string): string {
  return site.categories[slug] ?? slug;
}

/** Absolute URL for sharing and canonical links. */
export function toAbsoluteUrl(site: SiteConfig, path: string): string {
  return `${site.siteUrl}${path}`;
}
