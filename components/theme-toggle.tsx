'use client';

import { useSyncExternalStore } from 'react';
import { THEME_KEY, toStoredTheme } from '@/lib/site/theme';

// The head script owns the `dark` class (stored choice, system changes, other tabs); this only follows it.
function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}

function isDark(): boolean {
  return document.documentElement.classList.contains('dark');
}

function storeTheme(dark: boolean): void {
  const stored = toStoredTheme(dark, window.matchMedia('(prefers-color-scheme: dark)').matches);
  try {
    if (stored) localStorage.setItem(THEME_KEY, stored);
    else localStorage.removeItem(THEME_KEY);
  } catch {
    // Storage can be disabled; the choice then lasts for this page only.
  }
}

export function ThemeToggle() {
  const dark = useSyncExternalStore(subscribe, isDark, () => false);
  function toggle() {
    document.documentElement.classList.toggle('dark', !dark);
    storeTheme(!dark);
  }
  return (
    <button
      type="button"
      aria-pressed={dark}
      aria-label="深色模式"
      title="深色模式"
      onClick={toggle}
      className="inline-flex min-h-11 min-w-11 items-center justify-center rounded text-stone-700 hover:bg-stone-100 dark:bg-stone-800 dark:text-amber-200 dark:hover:bg-stone-700"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
      </svg>
    </button>
  );
}
