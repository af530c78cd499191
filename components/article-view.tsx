import Link from 'next/link';
import type { Article } from '@/lib/views';
import { ArticleBody } from './article-body';
import { ArticleJsonLd } from './article-json-ld';
import { BackLink } from './back-link';
import { PostMeta } from './post-meta';
import { ReadingProgress } from './reading-progress';
import { ShareBar } from './share-bar';
import { SourceLink } from './source-link';

type Props = { article: Article };

// Why the page shows the excerpt instead of the body (see Article['notice']).
const NOTICES: Record<NonNullable<Article['notice']>, string> = {
  updating: '正文正在更新，这里先显示摘要。',
  'not-rendered': '这篇文章的正文格式有误，无法显示，这里只显示摘要。',
  pending: '正文还在排版，这里先显示摘要，稍后刷新即可阅读全文。',
};

export function ArticleView({ article }: Props) {
  const home = article.category ?? { name: '首页', url: '/' };
  return (
    <article className="mx-auto max-w-[40rem]">
      <ReadingProgress />
      <ArticleJsonLd data={article.jsonLd} />
      <BackLink href={home.url}>← 返回{home.name}</BackLink>
      <h1 className="mt-2 text-2xl font-bold leading-snug sm:text-3xl">{article.title}</h1>
      <div className="mt-3 mb-6">
        <PostMeta dateText={article.dateText} dateIso={article.dateIso} category={article.category} tags={article.tags} readingMinutes={article.readingMinutes} />
      </div>
      {article.notice ? (
        <p role="status" className="mb-4 rounded bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
          {NOTICES[article.notice]}
        </p>
      ) : null}
      <ArticleBody tree={article.tree} />
      {article.source ? <SourceLink url={article.source.url} host={article.source.host} /> : null}
      <ShareBar url={article.shareUrl} title={article.title} qr={article.qr} />
      <nav aria-label="相邻文章" className="mt-10 grid gap-3 border-t border-stone-200 pt-6 sm:grid-cols-2 dark:border-stone-800">
        {article.previous ? (
          <Link prefetch={false} href={article.previous.url} rel="prev" className="block rounded p-2 hover:bg-stone-100 dark:hover:bg-stone-900">
            <span className="block text-sm text-stone-600 dark:text-stone-400">上一篇</span>
            {article.previous.name}
          </Link>
        ) : (
          <span />
        )}
        {article.next ? (
          <Link prefetch={false} href={article.next.url} rel="next" className="block rounded p-2 text-right hover:bg-stone-100 dark:hover:bg-stone-900">
            <span className="block text-sm text-stone-600 dark:text-stone-400">下一篇</span>
            {article.next.name}
          </Link>
        ) : null}
      </nav>
      <p className="mt-6 flex gap-6 text-sm">
        {article.category ? (
          <Link prefetch={false} href={article.category.url} className="inline-flex min-h-11 items-center underline">
            更多{article.category.name}文章
          </Link>
        ) : null}
        <Link prefetch={false} href="/" className="inline-flex min-h-11 items-center underline">
          返回首页
        </Link>
      </p>
    </article>
  );
}
