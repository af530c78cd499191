// What the pages show, in one place: every type a route or component receives from lib/. The
// builders (lib/site/lists.ts, article.ts, present.ts, tags.ts, lib/search/search.ts) make them.
import type { Root } from 'hast';
import type { QrCode } from './publish/qr';
import type { BodyNotice } from './render/body-renderer';
import type { Segment } from './search/highlight';
import type { ListKind, SiteConfig } from './types';

export type LinkItem = { name: string; url: string };

/** One line of an index page (all sources, all tags): `detail` is the slug when it differs from the name. */
export type IndexEntry = { name: string; detail?: string; count: number; url: string };

/** An index page: its heading, meta description, canonical URL, links to neighbouring pages, and every entry. */
export type IndexView = { title: string; description: string; url: string; entries: IndexEntry[]; related?: LinkItem[] };

/** What a list shows for one post, already formatted for display. */
export type PostItem = {
  title: string;
  url: string;
  dateText: string;
  dateIso: string;
  category?: LinkItem;
  tags: LinkItem[];
  excerpt: string;
};

export type TagCount = { name: string; count: number };
export type TagChip = TagCount & { selected: boolean; url: string };

export type ListView = {
  site: SiteConfig;
  kind: ListKind;
  /** The category slug or the tag; empty for home. */
  key: string;
  /** Display name of the list (category or tag); the home list has the site title. */
  name: string;
  /** The heading and page title: 最新文章, a category's name or 标签：…, with the page past the first. */
  title: string;
  /** The unfiltered first page: the canonical URL of every filtered view of this list. */
  url: string;
  /** This page without filters: the canonical URL of an unfiltered page. */
  pageUrl: string;
  items: PostItem[];
  page: number;
  totalPages: number;
  total: number;
  prevUrl?: string;
  nextUrl?: string;
  selected: string[];
  /** The most used tags of the list and the selected ones; the rest are on the tag index. */
  chips: TagChip[];
  /** Where the list's other tags are, and how many there are, when the chips leave some out. */
  moreTags?: { url: string; count: number };
  clearUrl?: string;
};

export type Article = {
  site: SiteConfig;
  slug: string;
  path: string;
  url: string;
  title: string;
  description: string;
  dateText: string;
  dateIso: string;
  category?: LinkItem;
  tags: LinkItem[];
  readingMinutes: number;
  tree: Root;
  source?: { url: string; host: string };
  /** Older and newer posts in the article's first category. */
  previous?: LinkItem;
  next?: LinkItem;
  /** Absolute canonical URL, the one readers share. */
  shareUrl: string;
  qr: QrCode;
  /**
   * Set when the page shows the excerpt instead of the body: the file no longer parses and no
   * earlier render is cached ('updating'), its body failed or ran over its render budget
   * ('not-rendered'), or its render is still queued ('pending').
   */
  notice?: BodyNotice;
  /** schema.org NewsArticle for search engines and link previews. */
  jsonLd: Record<string, unknown>;
};

export type SearchItem = PostItem & { snippet: Segment[] };

export type SearchView = {
  query: string;
  /** True when the reader's query was cut to the maximum length. */
  truncated: boolean;
  page: number;
  total: number;
  totalPages: number;
  items: SearchItem[];
  prevUrl?: string;
  nextUrl?: string;
};

/** What the header links to: a few sources, and the page of all of them when there are any. */
export type HeaderNav = { categories: LinkItem[]; allUrl?: string };
