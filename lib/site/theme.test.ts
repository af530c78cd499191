// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_FONT_STEP, FONT_STEP_KEY, THEME_KEY, parseFontStep, toFontSize, toHeadScript, toStoredTheme } from './theme';

type Listener = () => void;

function stubSystem(dark: boolean) {
  const listeners: Listener[] = [];
  const query = { matches: dark, addEventListener: (_: string, listener: Listener) => listeners.push(listener) };
  vi.stubGlobal('matchMedia', () => query);
  return {
    change(next: boolean) {
      query.matches = next;
      for (const listener of listeners) listener();
    },
  };
}

function runHeadScript() {
  // The script is a constant string of our own, run here the way the browser runs it in <head>.
  new Function(toHeadScript())();
}

const root = () => document.documentElement;

beforeEach(() => {
  localStorage.clear();
  root().className = '';
  root().removeAttribute('style');
  delete root().dataset.fontStep;
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('parseFontStep', () => {
  it('reads a stored step in range', () => {
    expect(parseFontStep('0')).toBe(0);
    expect(parseFontStep('5')).toBe(5);
  });

  it('falls back to the default for a missing, malformed or out-of-range value', () => {
    for (const value of [null, undefined, '', '6', '-1', '2.5', 'abc', ' 3']) expect(parseFontStep(value)).toBe(DEFAULT_FONT_STEP);
  });
});

describe('toFontSize', () => {
  it('gives the default step 17 px in rem', () => {
    expect(toFontSize(DEFAULT_FONT_STEP)).toBe('1.0625rem');
    expect(toFontSize(0)).toBe('0.9375rem');
  });
});

describe('toStoredTheme', () => {
  it('stores only a choice that differs from the system', () => {
    expect(toStoredTheme(true, false)).toBe('dark');
    expect(toStoredTheme(false, true)).toBe('light');
    expect(toStoredTheme(true, true)).toBeNull();
    expect(toStoredTheme(false, false)).toBeNull();
  });
});

describe('the head script', () => {
  it('follows a dark system when nothing is stored, and keeps following it', () => {
    const system = stubSystem(true);
    runHeadScript();
    expect(root().classList.contains('dark')).toBe(true);
    system.change(false);
    expect(root().classList.contains('dark')).toBe(false);
  });

  it('lets a stored choice win over the system', () => {
    localStorage.setItem(THEME_KEY, 'light');
    const system = stubSystem(true);
    runHeadScript();
    expect(root().classList.contains('dark')).toBe(false);
    system.change(true);
    expect(root().classList.contains('dark')).toBe(false);
    localStorage.setItem(THEME_KEY, 'dark');
    stubSystem(false);
    runHeadScript();
    expect(root().classList.contains('dark')).toBe(true);
  });

  it('applies the stored font step, or the default for a bad value', () => {
    stubSystem(false);
    localStorage.setItem(FONT_STEP_KEY, '4');
    runHeadScript();
    expect(root().dataset.fontStep).toBe('4');
    expect(root().style.getPropertyValue('--article-font-size')).toBe('1.25rem');
    localStorage.setItem(FONT_STEP_KEY, '99');
    runHeadScript();
    expect(root().dataset.fontStep).toBe(String(DEFAULT_FONT_STEP));
    expect(root().style.getPropertyValue('--article-font-size')).toBe('1.0625rem');
  });

  it('re-applies a choice made in another tab', () => {
    stubSystem(false);
    runHeadScript();
    localStorage.setItem(THEME_KEY, 'dark');
    window.dispatchEvent(new StorageEvent('storage', { key: THEME_KEY }));
    expect(root().classList.contains('dark')).toBe(true);
  });
});
