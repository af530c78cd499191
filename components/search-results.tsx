import Link from 'next/link';
import type { SearchView } from '@/lib/search';
import { Highlighted } from './highlighted';
import { Pagination } from './pagination';
import { PostMeta } from './post-meta';

type Props = { view: SearchView };

export function SearchResults({ view }: Props) {
  if (!view.query) return <p className="py-8 text-stone-600 dark:text-stone-400">请输入要搜索的关键词，例如“小微企业”或“GDP”。</p>;
  return (
    <>
      <p className="mb-2 text-sm text-stone-600 dark:text-stone-400">
        {view.truncated ? '关键词过长，已截取前 100 个字。' : ''}
        {view.total > 0 ? `找到 ${view.total} 篇与“${view.query}”相关的文章` : `没有找到与“${view.query}”相关的文章。`}
      </p>
      {view.total > 0 && view.items.length === 0 ? <p className="py-4">没有更多结果了。</p> : null}
      <ol className="divide-y divide-stone-200 dark:divide-stone-800">
        {view.items.map((item) => (
          <li key={item.url} className="py-5">
            <h2 className="text-lg font-semibold leading-snug">
              <Link href={item.url} className="hover:text-red-800 hover:underline dark:hover:text-red-300">
                {item.title}
              </Link>
            </h2>
            <div className="mt-1">
              <PostMeta dateText={item.dateText} dateIso={item.dateIso} category={item.category} tags={item.tags} />
            </div>
            <p className="mt-2 leading-relaxed text-stone-700 dark:text-stone-300">
              <Highlighted segments={item.snippet} />
            </p>
          </li>
        ))}
      </ol>
      <Pagination page={view.page} totalPages={view.totalPages} prevUrl={view.prevUrl} nextUrl={view.nextUrl} />
    </>
  );
}
