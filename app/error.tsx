'use client';

import Link from 'next/link';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <section className="py-12 text-center">
      <h1 className="text-2xl font-bold">页面暂时无法显示</h1>
      <p className="mt-3 text-stone-600 dark:text-stone-400">出了点问题，请稍后再试。</p>
      <p className="mt-6 flex justify-center gap-4">
        <button type="button" onClick={reset} className="inline-flex min-h-11 items-center rounded border border-stone-300 px-5">
          重试
        </button>
        <Link href="/" className="inline-flex min-h-11 items-center rounded bg-red-800 px-5 text-white">
          返回首页
        </Link>
      </p>
    </section>
  );
}
