import type { ListView } from '@/lib/views';
import { Pagination } from './pagination';
import { PostList } from './post-list';
import { ReturnMarker } from './return-marker';
import { TagFilter } from './tag-filter';

type Props = { view: ListView };

/** The shared frame of home, category and tag pages, with the tag filter over the list. */
export function ListPage({ view }: Props) {
  const label = view.kind === 'category' ? '栏目 · ' : '';
  const filter = view.selected.length > 0 ? `筛选：${view.selected.join('、')} · ` : '';
  return (
    <>
      <header className="mb-2 border-b border-stone-200 pb-4 dark:border-stone-800">
        <h1 className="text-2xl font-bold">{view.title}</h1>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          {label}
          {filter}共 {view.total} 篇
        </p>
      </header>
      <ReturnMarker />
      <TagFilter chips={view.chips} more={view.moreTags} clearUrl={view.clearUrl}>
        <PostList items={view.items} />
        <Pagination page={view.page} totalPages={view.totalPages} prevUrl={view.prevUrl} nextUrl={view.nextUrl} />
      </TagFilter>
    </>
  );
}
