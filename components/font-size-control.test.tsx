// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FONT_STEP_KEY } from '@/lib/site/theme';
import { FontSizeControl } from './font-size-control';

afterEach(cleanup);

const root = () => document.documentElement;
const smaller = () => screen.getByRole('button', { name: '缩小字号' });
const larger = () => screen.getByRole('button', { name: '放大字号' });

beforeEach(() => {
  localStorage.clear();
  root().removeAttribute('style');
  delete root().dataset.fontStep;
});

describe('FontSizeControl', () => {
  it('groups its two buttons under 字号, both usable at the default size', () => {
    render(<FontSizeControl />);
    expect(screen.getByRole('group', { name: '字号' })).toBeTruthy();
    expect(smaller().getAttribute('aria-disabled')).toBe('false');
    expect(larger().getAttribute('aria-disabled')).toBe('false');
  });

  it('steps the size up and down, storing the step and setting it on <html>', async () => {
    render(<FontSizeControl />);
    fireEvent.click(larger());
    expect(localStorage.getItem(FONT_STEP_KEY)).toBe('3');
    expect(root().dataset.fontStep).toBe('3');
    expect(root().style.getPropertyValue('--article-font-size')).toBe('1.125rem');
    await waitFor(() => expect(root().dataset.fontStep).toBe('3'));
    fireEvent.click(smaller());
    await waitFor(() => expect(localStorage.getItem(FONT_STEP_KEY)).toBe('2'));
    expect(root().style.getPropertyValue('--article-font-size')).toBe('1.0625rem');
  });

  it('disables 放大字号 at the largest step and does nothing more', async () => {
    root().dataset.fontStep = '5';
    render(<FontSizeControl />);
    expect(larger().getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(larger());
    expect(root().dataset.fontStep).toBe('5');
    expect(localStorage.getItem(FONT_STEP_KEY)).toBeNull();
    fireEvent.click(smaller());
    await waitFor(() => expect(larger().getAttribute('aria-disabled')).toBe('false'));
    expect(localStorage.getItem(FONT_STEP_KEY)).toBe('4');
  });

  it('disables 缩小字号 at the smallest step', async () => {
    root().dataset.fontStep = '1';
    render(<FontSizeControl />);
    fireEvent.click(smaller());
    await waitFor(() => expect(smaller().getAttribute('aria-disabled')).toBe('true'));
    fireEvent.click(smaller());
    expect(root().dataset.fontStep).toBe('0');
    expect(localStorage.getItem(FONT_STEP_KEY)).toBe('0');
  });
});
