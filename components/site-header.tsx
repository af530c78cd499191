import Link from 'next/link';
import type { LinkItem } from '@/lib/views';
import { FontSizeControl } from './font-size-control';
import { SearchBox } from './search-box';
import { ThemeToggle } from './theme-toggle';

type Props = { title: string; categories: LinkItem[]; allUrl?: string };

const LINK = 'inline-flex min-h-11 items-center px-2 whitespace-nowrap hover:text-red-800 focus-visible:-outline-offset-2 dark:hover:text-red-300';

// On a phone: title, search and controls on one row, the category nav below it scrolling sideways; from sm up: one row.
export function SiteHeader({ title, categories, allUrl }: Props) {
  return (
    <header className="sticky top-0 z-40 border-b border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-950">
      <div className="relative mx-auto grid max-w-3xl grid-cols-[auto_minmax(0,1fr)_auto] items-center sm:grid-cols-[auto_minmax(0,1fr)_minmax(0,10rem)_auto] gap-x-3 px-3 pt-1 sm:gap-x-5 sm:px-4 sm:pb-1">
        <Link prefetch={false} href="/" className="col-start-1 row-start-1 inline-flex min-h-11 items-center text-lg leading-tight font-bold text-red-800 sm:text-xl dark:text-red-300">
          {title}
        </Link>
        <nav aria-label="栏目" className="col-span-3 row-start-2 -mx-3 flex min-w-0 items-center sm:col-span-1 sm:col-start-2 sm:row-start-1 sm:mx-0">
          <div className="min-w-0 flex-1 overflow-x-auto [mask-image:linear-gradient(to_right,#000_calc(100%-1rem),transparent)] [scrollbar-width:thin]">
            <div className="flex w-max px-1 sm:px-0">
              {categories.map((category) => (
                <Link prefetch={false} key={category.url} href={category.url} className={`${LINK} text-stone-700 dark:text-stone-300`}>
                  {category.name}
                </Link>
              ))}
            </div>
          </div>
          {/* Outside the scrolling row (whose fading edge says it scrolls), so it stays in view. */}
          {allUrl ? (
            <Link prefetch={false} href={allUrl} className={`${LINK} mr-1 shrink-0 border-l border-stone-200 text-red-800 sm:mr-0 dark:border-stone-800 dark:text-red-300`}>
              全部来源
            </Link>
          ) : null}
        </nav>
        <div className="col-start-2 row-start-1 sm:col-start-3">
          <SearchBox />
        </div>
        <div className="col-start-3 row-start-1 flex items-center gap-1 sm:col-start-4">
          <FontSizeControl />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
