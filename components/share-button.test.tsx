// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareButton } from './share-button';

const URL = 'https://finews.example.com/posts/000_52a2a947919bd700';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function stubNavigator(value: Partial<Navigator>) {
  vi.stubGlobal('navigator', { ...value });
}

async function clickShare() {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '分享' }));
  });
}

describe('ShareButton', () => {
  it('uses the Web Share API with the canonical URL where there is one', async () => {
    const share = vi.fn().mockResolvedValue(undefined);
    const writeText = vi.fn();
    stubNavigator({ share, clipboard: { writeText } as unknown as Clipboard });
    render(<ShareButton url={URL} title="标题" />);
    await clickShare();
    expect(share).toHaveBeenCalledWith({ title: '标题', url: URL });
    expect(writeText).not.toHaveBeenCalled();
  });

  it('copies the URL and says 链接已复制 where there is no share sheet', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    stubNavigator({ clipboard: { writeText } as unknown as Clipboard });
    render(<ShareButton url={URL} title="标题" />);
    await clickShare();
    expect(writeText).toHaveBeenCalledWith(URL);
    expect(screen.getByRole('status').textContent).toBe('链接已复制');
  });

  it('says nothing when the reader cancels the share sheet', async () => {
    const share = vi.fn().mockRejectedValue(new DOMException('cancelled', 'AbortError'));
    const writeText = vi.fn();
    stubNavigator({ share, clipboard: { writeText } as unknown as Clipboard });
    render(<ShareButton url={URL} title="标题" />);
    await clickShare();
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('shows the URL to copy by hand when the clipboard refuses', async () => {
    stubNavigator({ clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) } as unknown as Clipboard });
    render(<ShareButton url={URL} title="标题" />);
    await clickShare();
    expect(screen.getByRole('status').textContent).toContain(URL);
  });
});
