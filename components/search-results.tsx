import type { SearchView } from '@/lib/views';
import { Highlighted } from './highlighted';
import { Pagination } from './pagination';
import { PostCard } from './post-card';

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
            <PostCard item={item}>
              <Highlighted segments={item.snippet} />
            </PostCard>
          </li>
        ))}
      </ol>
      <Pagination page={view.page} totalPages={view.totalPages} prevUrl={view.prevUrl} nextUrl={view.nextUrl} />
    </>
  );
}
