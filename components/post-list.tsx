import Link from 'next/link';
import type { PostItem } from '@/lib/present';
import { PostMeta } from './post-meta';

type Props = { items: PostItem[] };

export function PostList({ items }: Props) {
  if (items.length === 0) return <p className="py-8 text-stone-600 dark:text-stone-400">这里还没有文章。</p>;
  return (
    <ol className="divide-y divide-stone-200 dark:divide-stone-800">
      {items.map((item) => (
        <li key={item.url} className="py-5">
          <article>
            <h2 className="text-lg font-semibold leading-snug">
              <Link href={item.url} className="hover:text-red-800 hover:underline dark:hover:text-red-300">
                {item.title}
              </Link>
            </h2>
            <div className="mt-1">
              <PostMeta dateText={item.dateText} dateIso={item.dateIso} category={item.category} tags={item.tags} />
            </div>
            {item.excerpt ? <p className="mt-2 leading-relaxed text-stone-700 dark:text-stone-300">{item.excerpt}</p> : null}
          </article>
        </li>
      ))}
    </ol>
  );
}
