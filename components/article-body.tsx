import type { Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

type Props = { tree: Root };

/** Renders an already-sanitized body tree; never sets raw HTML. */
export function ArticleBody({ tree }: Props) {
  return (
    <div className="prose prose-stone article-body max-w-none dark:prose-invert">
      {toJsxRuntime(tree, { Fragment, jsx, jsxs })}
    </div>
  );
}
