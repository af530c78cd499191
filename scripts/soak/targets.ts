// The URLs the soak load rotates through, grouped by kind and drawn by weight.

export type TargetKind = 'home' | 'category' | 'tag' | 'article' | 'soak-article' | 'search' | 'api-search' | 'feed' | 'sitemap';

export type Targets = Record<TargetKind, string[]>;

export const TARGET_WEIGHTS: Record<TargetKind, number> = {
  home: 10,
  category: 12,
  tag: 12,
  article: 28,
  'soak-article': 8,
  search: 8,
  'api-search': 8,
  feed: 10,
  sitemap: 4,
};

const SOAK_PREFIX = '/posts/soak-';

const SEARCH_TERMS = ['青岛', '基金', '小微企业', '利率', 'GDP', '浸泡测试', '新能源', '人民币', '理财', '专项债', '半导体', 'ETF'];

/** Up to `count` items of `list`, drawn without repeats, in their original order. */
function sample<T>(list: T[], count: number, random: () => number): T[] {
  if (list.length <= count) return list;
  const keep = new Set<number>();
  while (keep.size < count) keep.add(Math.floor(random() * list.length));
  return list.filter((_, i) => keep.has(i));
}

/**
 * Groups the paths of the sitemap by kind, keeps a sample of `maxArticles` articles (so a
 * warm-up can visit each), and adds search, feed and second-page URLs.
 * Soak posts are left out: their URLs come from the writer as it runs.
 */
export function toTargets(sitemapPaths: string[], maxArticles = Number.POSITIVE_INFINITY, random = Math.random): Targets {
  const categories = sitemapPaths.filter((p) => p.startsWith('/category/'));
  const tags = sitemapPaths.filter((p) => p.startsWith('/tags/'));
  const all = sitemapPaths.filter((p) => p.startsWith('/posts/') && !p.startsWith(SOAK_PREFIX));
  const articles = sample(all, maxArticles, random);
  const terms = SEARCH_TERMS.map(encodeURIComponent);
  return {
    home: ['/', '/page/2', '/page/3'],
    category: [...categories, ...categories.slice(0, 5).map((p) => `${p}/page/2`)],
    tag: [...tags, ...tags.slice(0, 5).map((p) => `${p}/page/2`)],
    article: articles,
    'soak-article': [],
    search: terms.map((q) => `/search?q=${q}`),
    'api-search': terms.map((q) => `/api/search?q=${q}`),
    feed: ['/feed.xml', '/feed.json', ...categories.map((p) => `${p}/feed.xml`)],
    sitemap: ['/sitemap.xml'],
  };
}

/** The kind of a requested path, for counting responses. */
export function toTargetKind(path: string): TargetKind {
  if (path.startsWith(SOAK_PREFIX)) return 'soak-article';
  if (path.startsWith('/posts/')) return 'article';
  if (path.startsWith('/api/search')) return 'api-search';
  if (path.startsWith('/search')) return 'search';
  if (path.endsWith('/feed.xml') || path === '/feed.json') return 'feed';
  if (path.startsWith('/category/')) return 'category';
  if (path.startsWith('/tags/')) return 'tag';
  if (path.startsWith('/sitemap')) return 'sitemap';
  return 'home';
}

/**
 * A function that draws the next path: first a kind by weight, then a path of it.
 * `soakPath` supplies soak article URLs; kinds with no paths are skipped.
 */
export function createPicker(targets: Targets, random: () => number, soakPath: () => string | undefined): () => string {
  const kinds = (Object.keys(TARGET_WEIGHTS) as TargetKind[]).filter((kind) => kind === 'soak-article' || targets[kind].length > 0);
  const total = kinds.reduce((sum, kind) => sum + TARGET_WEIGHTS[kind], 0);
  return () => {
    let roll = random() * total;
    const kind = kinds.find((k) => (roll -= TARGET_WEIGHTS[k]) < 0) ?? 'home';
    if (kind === 'soak-article') return soakPath() ?? '/';
    const list = targets[kind];
    return list[Math.floor(random() * list.length)] ?? '/';
  };
}
