import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: '页面不存在' };

export default function NotFound() {
  return (
    <section className="py-12 text-center">
      <h1 className="text-2xl font-bold">页面不存在</h1>
      <p className="mt-3 text-stone-600 dark:text-stone-400">您要找的文章、栏目或标签不存在，可能已被删除或地址有误。</p>
      <p className="mt-6">
        <Link prefetch={false} href="/" className="inline-flex min-h-11 items-center rounded bg-red-800 px-5 text-white hover:bg-red-900">
          返回首页
        </Link>
      </p>
    </section>
  );
}
