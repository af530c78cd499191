/** The three kinds of list page: home, a category (source) and a tag. */
export type ListKind = 'home' | 'category' | 'tag';

/** An index entry: everything lists need, without the body. */
export type PostSummary = {
  /** Path relative to the posts folder, with forward slashes. */
  path: string;
  slug: string;
  title: string;
  /** Milliseconds since the epoch. */
  date: number;
  /** False when the post gave only a day, so it shows without a time. */
  hasTime: boolean;
  categories: string[];
  tags: string[];
  description?: string;
  source?: string;
  /** Old paths (Jekyll's `redirect_from`) that redirect here. */
  redirectFrom: string[];
  excerpt: string;
  published: boolean;
};

export type Post = PostSummary & { body: string };

export type PostIssue = {
  path: string;
  reason: string;
  /** Notes are files that look like posts but are not (no front matter); they are not errors. */
  level: 'error' | 'note';
};

export type SiteConfig = {
  title: string;
  description: string;
  timezone: string;
  /** Display names by slug: from the Jekyll category pages, then `_site.yml` (which wins). */
  categories: Record<string, string>;
  /** Categories `_site.yml` names, in its order: the header shows these when there are any. */
  navCategories: string[];
  legacyHosts: string[];
  siteUrl: string;
  /** The posts folder is a Jekyll site (it has `_config.yml`): its pages and static files are not posts. */
  jekyll: boolean;
};

/** A Jekyll page that is not a post (a category page, an index page, 404.md): it names things, nothing more. */
export type SitePage = {
  layout: string;
  title?: string;
  /** `category:` of a category page (or of an index page that lists one source). */
  category?: string;
  permalink?: string;
};

export type Page<T> = {
  items: T[];
  page: number;
  totalPages: number;
  total: number;
};
