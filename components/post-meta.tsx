import Link from 'next/link';
import type { LinkItem } from '@/lib/views';

type Props = {
  dateText: string;
  dateIso: string;
  category?: LinkItem;
  tags: LinkItem[];
  readingMinutes?: number;
};

export function PostMeta({ dateText, dateIso, category, tags, readingMinutes }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
      <time dateTime={dateIso}>{dateText}</time>
      {category ? (
        <Link prefetch={false} href={category.url} className="font-medium text-red-800 hover:underline dark:text-red-300">
          {category.name}
        </Link>
      ) : null}
      {readingMinutes ? <span>约 {readingMinutes} 分钟读完</span> : null}
      {tags.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label="标签">
          {tags.map((tag) => (
            <li key={tag.url}>
              <Link prefetch={false} href={tag.url} className="rounded bg-stone-100 px-2 py-0.5 hover:bg-stone-200 dark:bg-stone-800 dark:hover:bg-stone-700">
                #{tag.name}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
