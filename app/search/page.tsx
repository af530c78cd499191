import type { Metadata } from 'next';
import { SearchResults } from '@/components/search-results';
import { searchPosts, toSearchQuery } from '@/lib/search/search';
import { parsePageNumber } from '@/lib/site/urls';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load({ searchParams }: Props) {
  const params = await searchParams;
  const page = parsePageNumber(String(params.page ?? '1')) ?? 1;
  return searchPosts(params.q, page);
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query } = toSearchQuery((await searchParams).q);
  return { title: query ? `搜索：${query}` : '搜索', robots: { index: false, follow: true }, alternates: { canonical: '/search' } };
}

export default async function SearchPage(props: Props) {
  const view = await load(props);
  return (
    <>
      <header className="mb-4 border-b border-stone-200 pb-4 dark:border-stone-800">
        <h1 className="text-2xl font-bold">搜索</h1>
        <form action="/search" method="get" role="search" className="mt-3 flex gap-2">
          <label htmlFor="search-page-q" className="sr-only">
            搜索关键词
          </label>
          <input
            id="search-page-q"
            name="q"
            type="search"
            defaultValue={view.query}
            maxLength={200}
            className="min-h-11 flex-1 rounded border border-stone-300 bg-white px-3 dark:border-stone-700 dark:bg-stone-900"
          />
          <button type="submit" className="min-h-11 rounded bg-red-800 px-5 text-white hover:bg-red-900">
            搜索
          </button>
        </form>
      </header>
      <SearchResults view={view} />
    </>
  );
}
