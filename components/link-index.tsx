import Link from 'next/link';
import type { IndexView } from '@/lib/views';
import { ListFilter } from './list-filter';

type Props = { view: IndexView; filterLabel: string };

const LIST = [
  'grid gap-x-6 sm:grid-cols-2 *:border-b *:border-stone-100 dark:*:border-stone-900',
  '[&_a]:flex [&_a]:min-h-11 [&_a]:items-center [&_a]:justify-between [&_a]:gap-3 [&_a]:py-1',
  '[&_a:hover]:text-red-800 dark:[&_a:hover]:text-red-300 [&_a>:first-child]:min-w-0 [&_a>:first-child]:break-words',
  '[&_a>:last-child]:shrink-0 [&_a>:last-child]:text-sm [&_a>:last-child]:tabular-nums',
  '[&_a>:last-child]:text-stone-600 dark:[&_a>:last-child]:text-stone-400',
  '[&_small]:ml-2 [&_small]:text-sm [&_small]:text-stone-600 dark:[&_small]:text-stone-400',
].join(' ');

/** A page of every source or tag with its count, and a box that narrows the list as the reader types. */
export function LinkIndex({ view, filterLabel }: Props) {
  return (
    <>
      <header className="mb-4 border-b border-stone-200 pb-3 dark:border-stone-800">
        <h1 className="text-2xl font-bold">{view.title}</h1>
        {view.related ? (
          <p className="mt-1 flex flex-wrap gap-x-4 text-sm">
            {view.related.map((link) => (
              <Link prefetch={false} key={link.url} href={link.url} className="inline-flex min-h-11 items-center text-red-800 underline dark:text-red-300">
                {link.name}
              </Link>
            ))}
          </p>
        ) : null}
      </header>
      <ListFilter label={filterLabel} total={view.entries.length}>
        {/* Plain links styled from the list: thousands of entries should not each hydrate or repeat classes. */}
        <ul className={LIST}>
          {view.entries.map((entry) => (
            <li key={entry.url} data-filter={`${entry.name} ${entry.detail ?? ''}`.trim().toLowerCase()}>
              <a href={entry.url}>
                <span>
                  {entry.name}
                  {entry.detail ? <small>{entry.detail}</small> : null}
                </span>
                <span>{entry.count} 篇</span>
              </a>
            </li>
          ))}
        </ul>
      </ListFilter>
    </>
  );
}
