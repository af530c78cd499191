'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { MouseEvent, ReactNode } from 'react';
import { readReturnPoint, saveReturnPoint } from './return-point';

type Props = { href: string; children: ReactNode };

/** 返回: back to the exact list the reader came from, else (arrived by a shared link) to the category. */
export function BackLink({ href, children }: Props) {
  const router = useRouter();

  function goBack(event: MouseEvent<HTMLAnchorElement>) {
    const saved = readReturnPoint();
    if (!saved || saved.article !== window.location.pathname || window.history.length < 2) return;
    event.preventDefault();
    saveReturnPoint({ ...saved, restore: true });
    router.back();
  }

  return (
    <Link href={href} onClick={goBack} className="inline-flex min-h-11 items-center text-sm text-stone-600 hover:underline dark:text-stone-400">
      {children}
    </Link>
  );
}
