'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { parseSuggestions, type Suggestions } from '@/lib/search/suggestions';
import { Highlighted } from './highlighted';

const DEBOUNCE_MS = 200;

/** The header's search field: a plain GET form to /search, with results shown as the reader types. */
export function SearchBox() {
  const router = useRouter();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [answer, setAnswer] = useState<Suggestions | undefined>();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  useEffect(() => {
    const text = query.trim();
    if (!text) {
      setAnswer(undefined);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/search?q=${encodeURIComponent(text)}`, { signal: controller.signal });
        if (!response.ok) return;
        const data = parseSuggestions(await response.json());
        if (!data) return;
        setAnswer(data);
        setActive(-1);
        setOpen(true);
      } catch {
        // A newer keystroke aborted this request, or the network failed: the form still works.
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const items = answer?.items ?? [];
  const showing = open && query.trim() !== '' && answer !== undefined;

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape') {
      // The first Esc closes the list and keeps the words; the browser's own Esc then clears them.
      if (showing) event.preventDefault();
      close();
    } else if (event.key === 'ArrowDown' && items.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index + 1) % items.length);
    } else if (event.key === 'ArrowUp' && items.length > 0) {
      event.preventDefault();
      setActive((index) => (index <= 0 ? items.length - 1 : index - 1));
    } else if (event.key === 'Enter' && showing && active >= 0) {
      const item = items[active];
      if (!item) return;
      event.preventDefault();
      close();
      router.push(item.url);
    }
  }

  return (
    <form action="/search" method="get" role="search" className="min-w-0" onSubmit={close}>
      <label htmlFor={`${listId}-q`} className="sr-only">
        搜索文章
      </label>
      <input
        id={`${listId}-q`}
        name="q"
        type="search"
        placeholder="搜索"
        autoComplete="off"
        maxLength={200}
        role="combobox"
        aria-expanded={showing}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showing && active >= 0 ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={(event) => {
          if (!event.currentTarget.form?.contains(event.relatedTarget as Node | null)) close();
        }}
        className="min-h-11 w-full min-w-0 rounded border border-stone-300 bg-white px-3 text-base dark:border-stone-700 dark:bg-stone-900"
      />
      {showing ? (
        <div className="absolute top-full right-0 left-0 z-50 border-b border-stone-200 bg-white shadow-lg dark:border-stone-800 dark:bg-stone-950">
          <ul id={listId} role="listbox" aria-label="搜索结果" className="mx-auto max-w-3xl">
            {items.map((item, index) => (
              <li key={item.url} id={`${listId}-${index}`} role="option" aria-selected={index === active} className={index === active ? 'bg-stone-100 dark:bg-stone-800' : ''}>
                <Link href={item.url} tabIndex={-1} onClick={close} className="block px-4 py-2">
                  <span className="block font-medium">{item.title}</span>
                  <span className="block text-xs text-stone-600 dark:text-stone-400">
                    {item.dateText}
                    {item.category ? ` · ${item.category}` : ''}
                  </span>
                  <span className="line-clamp-2 block text-sm text-stone-700 dark:text-stone-300">
                    <Highlighted segments={item.snippet} />
                  </span>
                </Link>
              </li>
            ))}
          </ul>
          <p className="mx-auto max-w-3xl px-4 py-2 text-sm">
            {answer.total > 0 ? (
              <Link href={`/search?q=${encodeURIComponent(answer.query)}`} onClick={close} className="inline-flex min-h-11 items-center underline">
                查看全部 {answer.total} 条结果
              </Link>
            ) : (
              <span role="status">没有找到相关文章</span>
            )}
          </p>
        </div>
      ) : null}
    </form>
  );
}
