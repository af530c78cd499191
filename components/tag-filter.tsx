'use client';

import { useRouter } from 'next/navigation';
import { useOptimistic, useTransition, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';

type Chip = { name: string; count: number; selected: boolean; url: string };
type Props = { chips: Chip[]; more?: { url: string; count: number }; clearUrl?: string; children: ReactNode };

function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * Tag chips over a list. They are plain links, so filtering works without JavaScript;
 * with it, the URL changes in place and the list dims until the server's answer arrives.
 * Lib sends only the most used and the selected tags; `more` links to the rest.
 */
export function TagFilter({ chips, more, clearUrl, children }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [selected, setSelected] = useOptimistic(chips.filter((chip) => chip.selected).map((chip) => chip.name));

  function go(event: MouseEvent, url: string, next: string[]) {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    startTransition(() => {
      setSelected(next);
      router.push(url, { scroll: false });
    });
  }

  function pressOnSpace(event: KeyboardEvent<HTMLAnchorElement>) {
    if (event.key === ' ') {
      event.preventDefault();
      event.currentTarget.click();
    }
  }

  const toggled = (name: string) => (selected.includes(name) ? selected.filter((tag) => tag !== name) : [...selected, name]);
  const renderChip = (chip: Chip) => {
    const pressed = selected.includes(chip.name);
    return (
      <li key={chip.name}>
        <a
          href={chip.url}
          role="button"
          aria-pressed={pressed}
          onClick={(event) => go(event, chip.url, toggled(chip.name))}
          onKeyDown={pressOnSpace}
          className={`inline-flex min-h-11 items-center gap-1 rounded-full border px-3 text-sm ${
            pressed
              ? 'border-red-800 bg-red-800 text-white dark:border-red-300 dark:bg-red-300 dark:text-stone-950'
              : 'border-stone-300 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800'
          }`}
        >
          {chip.name}
          <span aria-hidden="true" className={pressed ? '' : 'text-stone-600 dark:text-stone-400'}>
            {chip.count}
          </span>
          <span className="sr-only"> {chip.count} 篇</span>
        </a>
      </li>
    );
  };

  return (
    <>
      <section aria-label="按标签筛选" className="mb-2 border-b border-stone-200 py-3 dark:border-stone-800">
        <ul className="flex flex-wrap gap-2">
          {chips.map(renderChip)}
          {more ? (
            <li>
              <a href={more.url} className="inline-flex min-h-11 items-center px-2 text-sm text-red-800 underline dark:text-red-300">
                更多标签（{more.count}）
              </a>
            </li>
          ) : null}
        </ul>
        <div className="mt-2 flex min-h-6 items-center gap-4 text-sm">
          {clearUrl && selected.length > 0 ? (
            <a href={clearUrl} onClick={(event) => go(event, clearUrl, [])} className="inline-flex min-h-11 items-center underline">
              清除筛选
            </a>
          ) : null}
          <span role="status" className="text-stone-600 dark:text-stone-400">
            {pending ? '正在筛选…' : ''}
          </span>
        </div>
      </section>
      <div aria-busy={pending} className={pending ? 'opacity-50 transition-opacity' : 'transition-opacity'}>
        {children}
      </div>
    </>
  );
}
