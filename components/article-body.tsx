import type { Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import Link from 'next/link';
import type { ComponentProps } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

type Props = { tree: Root };

/** Links inside this site (legacy links are already rewritten) move client-side, like the rest of the UI. */
function BodyLink({ href, children, ...rest }: ComponentProps<'a'>) {
  if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
    return (
      <Link prefetch={false} href={href} {...rest}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} {...rest}>
      {children}
    </a>
  );
}

/** Renders an already-sanitized body tree; never sets raw HTML. */
export function ArticleBody({ tree }: Props) {
  return (
    <div className="prose prose-stone article-body max-w-none dark:prose-invert">
      {toJsxRuntime(tree, { Fragment, jsx, jsxs, components: { a: BodyLink } })}
    </div>
  );
}
