import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article-view';
import { getArticle, getRecentSlugs } from '@/lib/posts';
import { toArticleMetadata } from '@/lib/publish/seo';
import { parseRouteParam } from '@/lib/site/urls';

type Props = { params: Promise<{ slug: string }> };

export const revalidate = 1;

// Only the newest posts are built ahead; the archive renders on first request and is cached.
export async function generateStaticParams() {
  return (await getRecentSlugs(30)).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle(parseRouteParam((await params).slug));
  return article ? toArticleMetadata(article) : {};
}

export default async function PostPage({ params }: Props) {
  const article = await getArticle(parseRouteParam((await params).slug));
  if (!article) notFound();
  return <ArticleView article={article} />;
}
