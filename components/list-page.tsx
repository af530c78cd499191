import type { ListView } from '@/lib/posts';
import { Pagination } from './pagination';
import { PostList } from './post-list';

type Props = { heading: string; subheading?: string; view: ListView };

/** The shared frame of home, category and tag pages. */
export function ListPage({ heading, subheading, view }: Props) {
  return (
    <>
      <header className="mb-2 border-b border-stone-200 pb-4 dark:border-stone-800">
        <h1 className="text-2xl font-bold">{heading}</h1>
        {subheading ? <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{subheading}</p> : null}
      </header>
      <PostList items={view.items} />
      <Pagination page={view.page} totalPages={view.totalPages} prevUrl={view.prevUrl} nextUrl={view.nextUrl} />
    </>
  );
}
