import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListPage } from '@/components/list-page';
import { getCategoryPage } from '@/lib/posts';
import { parseRouteParam } from '@/lib/urls';

type Props = { params: Promise<{ slug: string }> };

export const revalidate = 1;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = await getCategoryPage(parseRouteParam((await params).slug), 1);
  if (!view) return {};
  return { title: view.name, description: `${view.name}：共 ${view.total} 篇文章`, alternates: { canonical: view.url } };
}

export default async function CategoryPage({ params }: Props) {
  const view = await getCategoryPage(parseRouteParam((await params).slug), 1);
  if (!view) notFound();
  return <ListPage heading={view.name} subheading={`栏目 · 共 ${view.total} 篇`} view={view} />;
}
