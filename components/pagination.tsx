import Link from 'next/link';

type Props = { page: number; totalPages: number; prevUrl?: string; nextUrl?: string };

export function Pagination({ page, totalPages, prevUrl, nextUrl }: Props) {
  if (totalPages <= 1) return null;
  const linkClass = 'inline-flex min-h-11 items-center rounded border border-stone-300 px-4 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800';
  return (
    <nav aria-label="分页" className="mt-8 flex items-center justify-between gap-4">
      {prevUrl ? (
        <Link prefetch={false} href={prevUrl} rel="prev" className={linkClass}>
          ← 上一页
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-stone-600 dark:text-stone-400">
        第 {page} / {totalPages} 页
      </span>
      {nextUrl ? (
        <Link prefetch={false} href={nextUrl} rel="next" className={linkClass}>
          下一页 →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
