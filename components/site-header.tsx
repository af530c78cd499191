import Link from 'next/link';
import type { LinkItem } from '@/lib/present';

type Props = { title: string; categories: LinkItem[] };

export function SiteHeader({ title, categories }: Props) {
  return (
    <header className="border-b border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-950">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-6 gap-y-1 px-4 py-2">
        <Link href="/" className="inline-flex min-h-11 items-center text-xl font-bold text-red-800 dark:text-red-300">
          {title}
        </Link>
        <nav aria-label="栏目" className="-mx-2 flex flex-wrap">
          {categories.map((category) => (
            <Link key={category.url} href={category.url} className="inline-flex min-h-11 items-center px-2 text-stone-700 hover:text-red-800 dark:text-stone-300 dark:hover:text-red-300">
              {category.name}
            </Link>
          ))}
        </nav>
      </div>
    </header>
  );
}
