'use client';

import { useEffect } from 'react';
import { readReturnPoint, saveReturnPoint } from './return-point';

/**
 * Remembers the list (URL with filter, and scroll position) a reader leaves for an article,
 * and restores the scroll position when 返回 brings them back.
 */
export function ReturnMarker() {
  useEffect(() => {
    const here = window.location.pathname + window.location.search;
    const saved = readReturnPoint();
    if (saved?.restore && saved.list === here) {
      saveReturnPoint({ ...saved, restore: false });
      requestAnimationFrame(() => window.scrollTo(0, saved.y));
    }
    function remember(event: MouseEvent) {
      const link = event.target instanceof Element ? event.target.closest('a[href^="/posts/"]') : null;
      if (!(link instanceof HTMLAnchorElement)) return;
      saveReturnPoint({ article: link.pathname, list: window.location.pathname + window.location.search, y: window.scrollY, restore: false });
    }
    document.addEventListener('click', remember, true);
    return () => document.removeEventListener('click', remember, true);
  }, []);
  return null;
}
