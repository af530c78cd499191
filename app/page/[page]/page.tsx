import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ListPage } from '@/components/list-page';
import { getHomePage, getSite } from '@/lib/posts';
import { parsePageNumber, toHomeUrl } from '@/lib/urls';

type Props = { params: Promise<{ page: string }> };

export const revalidate = 1;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageNumber((await params).page);
  const site = await getSite();
  if (!page) return {};
  return { title: `最新文章 第${page}页`, description: site.description || site.title, alternates: { canonical: toHomeUrl(page) } };
}

export default async function HomePageN({ params }: Props) {
  const page = parsePageNumber((await params).page);
  if (page === 1) permanentRedirect('/');
  const view = page ? await getHomePage(page) : undefined;
  if (!view) notFound();
  return <ListPage heading={`最新文章 · 第 ${view.page} 页`} subheading={`共 ${view.total} 篇`} view={view} />;
}
