import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article-view';
import { noStaticParams } from '@/lib/freshness.mjs';
import { getArticle } from '@/lib/posts';
import { toArticleMetadata } from '@/lib/publish/seo';
import { parseRouteParam } from '@/lib/site/urls';

type Props = { params: Promise<{ slug: string }> };

export const revalidate = 300;

export const generateStaticParams = noStaticParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle(parseRouteParam((await params).slug));
  return article ? toArticleMetadata(article) : {};
}

export default async function PostPage({ params }: Props) {
  const article = await getArticle(parseRouteParam((await params).slug));
  if (!article) notFound();
  return <ArticleView article={article} />;
}
