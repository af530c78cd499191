import yaml from 'js-yaml';
import { isValidTimezone } from './dates';
import type { SiteConfig } from './types';

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

/** Reads `_site.yml` text (or its absence) into settings; bad values fall back to defaults and are reported. */
export function parseSiteConfig(text: string | undefined, siteUrl?: string): SiteResult {
  const problems: string[] = [];
  let data: Record<string, unknown> = {};
  if (text !== undefined) {
    try {
      const loaded: unknown = yaml.safeLoad(text, { schema: yaml.CORE_SCHEMA });
      if (loaded && typeof loaded === 'object' && !Array.isArray(loaded)) data = loaded as Record<string, unknown>;
      else if (loaded != null) problems.push('_site.yml: expected a map of settings');
    } catch (error) {
      problems.push(`_site.yml: invalid YAML (${error instanceof Error ? error.message.split('\n')[0] : error})`);
    }
  }
  let timezone = typeof data.timezone === 'string' ? data.timezone : 'Asia/Shanghai';
  if (!isValidTimezone(timezone)) {
    problems.push(`_site.yml: unknown timezone '${timezone}', using Asia/Shanghai`);
    timezone = 'Asia/Shanghai';
  }
  return {
    site: {
      title: typeof data.title === 'string' && data.title.trim() ? data.title.trim() : '财经新闻',
      description: typeof data.description === 'string' ? data.description.trim() : '',
      timezone,
      categories: toStringMap(data.categories),
      legacyHosts: toHostList(data.legacy_hosts),
      siteUrl: toSiteUrl(siteUrl),
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
