'use client';

import { useSyncExternalStore } from 'react';
import { DEFAULT_FONT_STEP, FONT_STEP_KEY, LAST_FONT_STEP, applyFontStep, parseFontStep } from '@/lib/site/theme';

// The head script sets the step on <html> before paint; this reads it from there.
function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-font-step'] });
  return () => observer.disconnect();
}

function getStep(): number {
  return parseFontStep(document.documentElement.dataset.fontStep);
}

const buttonClass =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded font-semibold text-stone-700 hover:bg-stone-100 aria-disabled:cursor-not-allowed aria-disabled:opacity-40 aria-disabled:hover:bg-transparent dark:text-stone-300 dark:hover:bg-stone-800';

export function FontSizeControl() {
  const step = useSyncExternalStore(subscribe, getStep, () => DEFAULT_FONT_STEP);
  function change(delta: number) {
    const next = step + delta;
    if (next < 0 || next > LAST_FONT_STEP) return;
    applyFontStep(document.documentElement, next);
    try {
      localStorage.setItem(FONT_STEP_KEY, String(next));
    } catch {
      // Storage can be disabled; the size then lasts for this page only.
    }
  }
  // aria-disabled rather than disabled, so a keyboard user at the last step keeps focus on the button.
  return (
    <div role="group" aria-label="字号" className="flex">
      <button type="button" aria-label="缩小字号" title="缩小字号" aria-disabled={step <= 0} onClick={() => change(-1)} className={`${buttonClass} text-sm`}>
        A<span aria-hidden="true">−</span>
      </button>
      <button type="button" aria-label="放大字号" title="放大字号" aria-disabled={step >= LAST_FONT_STEP} onClick={() => change(1)} className={`${buttonClass} text-lg`}>
        A<span aria-hidden="true">+</span>
      </button>
    </div>
  );
}
