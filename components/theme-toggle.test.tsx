// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { THEME_KEY } from '@/lib/site/theme';
import { ThemeToggle } from './theme-toggle';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

beforeEach(() => {
  localStorage.clear();
  document.documentElement.className = '';
  vi.stubGlobal('matchMedia', () => ({ matches: false }));
});

const toggle = () => screen.getByRole('button', { name: '深色模式' });

describe('ThemeToggle', () => {
  it('starts unpressed on a light page', () => {
    render(<ThemeToggle />);
    expect(toggle().getAttribute('aria-pressed')).toBe('false');
  });

  it('starts pressed when the head script has already set the dark class', () => {
    document.documentElement.classList.add('dark');
    render(<ThemeToggle />);
    expect(toggle().getAttribute('aria-pressed')).toBe('true');
  });

  it('switches to dark on click and stores the choice', async () => {
    render(<ThemeToggle />);
    fireEvent.click(toggle());
    expect(document.documentElement.classList.contains('dark')).toBe(true);
    expect(localStorage.getItem(THEME_KEY)).toBe('dark');
    await waitFor(() => expect(toggle().getAttribute('aria-pressed')).toBe('true'));
  });

  it('goes back to following a light system when switched back to light', async () => {
    render(<ThemeToggle />);
    fireEvent.click(toggle());
    await waitFor(() => expect(toggle().getAttribute('aria-pressed')).toBe('true'));
    fireEvent.click(toggle());
    expect(document.documentElement.classList.contains('dark')).toBe(false);
    expect(localStorage.getItem(THEME_KEY)).toBeNull();
    await waitFor(() => expect(toggle().getAttribute('aria-pressed')).toBe('false'));
  });

  it('stores light when switched off against a dark system', () => {
    vi.stubGlobal('matchMedia', () => ({ matches: true }));
    document.documentElement.classList.add('dark');
    render(<ThemeToggle />);
    fireEvent.click(toggle());
    expect(document.documentElement.classList.contains('dark')).toBe(false);
    expect(localStorage.getItem(THEME_KEY)).toBe('light');
  });

  it('follows a class change made outside it, e.g. by the system or another tab', async () => {
    render(<ThemeToggle />);
    document.documentElement.classList.add('dark');
    await waitFor(() => expect(toggle().getAttribute('aria-pressed')).toBe('true'));
  });
});
