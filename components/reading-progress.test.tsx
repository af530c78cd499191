// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ReadingProgress } from './reading-progress';

afterEach(cleanup);

describe('ReadingProgress', () => {
  it('renders one decorative bar that screen readers skip', () => {
    const { container } = render(<ReadingProgress />);
    const bar = container.querySelector('.reading-progress');
    expect(bar?.getAttribute('aria-hidden')).toBe('true');
    expect(bar?.textContent).toBe('');
  });
});
