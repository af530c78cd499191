import type { PostItem } from '@/lib/views';
import { PostCard } from './post-card';

type Props = { items: PostItem[] };

export function PostList({ items }: Props) {
  if (items.length === 0) return <p className="py-8 text-stone-600 dark:text-stone-400">这里还没有文章。</p>;
  return (
    <ol className="divide-y divide-stone-200 dark:divide-stone-800">
      {items.map((item) => (
        <li key={item.url} className="py-5">
          <PostCard item={item} />
        </li>
      ))}
    </ol>
  );
}
