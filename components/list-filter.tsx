'use client';

import { useId, useRef, useState, useSyncExternalStore, type ChangeEvent, type ReactNode } from 'react';

type Props = { label: string; total: number; children: ReactNode };

const subscribeNever = () => () => {};

/**
 * A box that hides the items of a server-rendered list (its `[data-filter]` elements) that do not
 * contain what the reader types. The whole list is in the HTML, so without JavaScript nothing is lost.
 */
export function ListFilter({ label, total, children }: Props) {
  const id = useId();
  const list = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(total);
  // False in the server's HTML and until hydration: the box is only enabled where it can work.
  const ready = useSyncExternalStore(subscribeNever, () => true, () => false);

  function filter(event: ChangeEvent<HTMLInputElement>) {
    const query = event.target.value.trim().toLowerCase();
    let count = 0;
    for (const item of list.current?.querySelectorAll<HTMLElement>('[data-filter]') ?? []) {
      const match = (item.dataset.filter ?? '').includes(query);
      item.hidden = !match;
      if (match) count += 1;
    }
    setShown(count);
  }

  return (
    <>
      <div className="mb-3 flex flex-wrap items-center gap-x-4 gap-y-2">
        <label htmlFor={id} className="sr-only">
          {label}
        </label>
        <input
          id={id}
          type="search"
          placeholder={label}
          disabled={!ready}
          onChange={filter}
          autoComplete="off"
          className="min-h-11 w-full max-w-xs rounded border border-stone-300 bg-white px-3 disabled:opacity-60 dark:border-stone-700 dark:bg-stone-900"
        />
        <p role="status" className="text-sm text-stone-600 dark:text-stone-400">
          显示 {shown} 个
        </p>
      </div>
      <div ref={list}>{children}</div>
    </>
  );
}
