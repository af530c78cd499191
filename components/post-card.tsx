import Link from 'next/link';
import type { ReactNode } from 'react';
import type { PostItem } from '@/lib/views';
import { PostMeta } from './post-meta';

type Props = { item: PostItem; children?: ReactNode };

/** One post in a list: title link, date, category and tags, then its excerpt or whatever is given instead. */
export function PostCard({ item, children }: Props) {
  const text = children ?? item.excerpt;
  return (
    <article>
      <h2 className="text-lg font-semibold leading-snug">
        <Link prefetch={false} href={item.url} className="hover:text-red-800 hover:underline dark:hover:text-red-300">
          {item.title}
        </Link>
      </h2>
      <div className="mt-1">
        <PostMeta dateText={item.dateText} dateIso={item.dateIso} category={item.category} tags={item.tags} />
      </div>
      {text ? <p className="mt-2 leading-relaxed text-stone-700 dark:text-stone-300">{text}</p> : null}
    </article>
  );
}
