export const THEME_KEY = 'finews-theme';
export const FONT_STEP_KEY = 'finews-font-step';
export const FONT_SIZES_PX = [15, 16, 17, 18, 20, 22] as const;
export const DEFAULT_FONT_STEP = 2;
export const LAST_FONT_STEP = FONT_SIZES_PX.length - 1;

/** A stored step, or the default when it is missing, malformed or out of range. */
export function parseFontStep(value: string | null | undefined): number {
  if (!value || !/^\d+$/.test(value)) return DEFAULT_FONT_STEP;
  const step = Number(value);
  return step <= LAST_FONT_STEP ? step : DEFAULT_FONT_STEP;
}

/** In rem, so the reader's browser font setting still scales the body. */
export function toFontSize(step: number): string {
  return `${(FONT_SIZES_PX[step] ?? FONT_SIZES_PX[DEFAULT_FONT_STEP]) / 16}rem`;
}

export function applyFontStep(root: HTMLElement, step: number): void {
  root.dataset.fontStep = String(step);
  root.style.setProperty('--article-font-size', toFontSize(step));
}

/** The value to store for a manual choice; none when it matches the system, which is then followed again. */
export function toStoredTheme(dark: boolean, systemDark: boolean): 'dark' | 'light' | null {
  if (dark === systemDark) return null;
  return dark ? 'dark' : 'light';
}

/**
 * Runs in <head> before the first paint: applies the stored theme (else the system's) and font step,
 * and re-applies them when the system scheme or another tab's choice changes.
 */
export function toHeadScript(): string {
  const sizes = JSON.stringify(FONT_SIZES_PX.map((_, step) => toFontSize(step)));
  return `(function(){try{var d=document.documentElement,m=matchMedia('(prefers-color-scheme: dark)'),z=${sizes};
function g(k){try{return localStorage.getItem(k)}catch(e){return null}}
function a(){var t=g(${JSON.stringify(THEME_KEY)}),v=g(${JSON.stringify(FONT_STEP_KEY)}),s=/^\\d+$/.test(v||'')?Number(v):${DEFAULT_FONT_STEP};if(s>=z.length)s=${DEFAULT_FONT_STEP};
d.classList.toggle('dark',t==='dark'||(t!=='light'&&m.matches));d.dataset.fontStep=String(s);d.style.setProperty('--article-font-size',z[s])}
a();m.addEventListener&&m.addEventListener('change',a);addEventListener('storage',a)}catch(e){}})();`;
}
