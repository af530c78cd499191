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
  categories: Record<string, string>;
  legacyHosts: string[];
  siteUrl: string;
};

export type Page<T> = {
  items: T[];
  page: number;
  totalPages: number;
  total: number;
};
