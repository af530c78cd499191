'use client';

import { useState } from 'react';

type Props = { url: string; title: string };

/** 分享: the system share sheet where there is one, else the canonical URL goes to the clipboard. */
export function ShareButton({ url, title }: Props) {
  const [status, setStatus] = useState('');

  async function share() {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setStatus('链接已复制');
    } catch {
      setStatus(`无法复制，请手动复制：${url}`);
    }
  }

  return (
    <>
      <button type="button" onClick={share} className="inline-flex min-h-11 items-center rounded border border-stone-300 px-4 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800">
        分享
      </button>
      <span role="status" className="text-sm text-stone-600 dark:text-stone-400">
        {status}
      </span>
    </>
  );
}
