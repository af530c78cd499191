import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListPage } from '@/components/list-page';
import { getTagPage } from '@/lib/posts';
import { parseRouteParam } from '@/lib/urls';

type Props = { params: Promise<{ tag: string }> };

export const revalidate = 1;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = await getTagPage(parseRouteParam((await params).tag), 1);
  if (!view) return {};
  return { title: `标签：${view.name}`, description: `标签“${view.name}”下的 ${view.total} 篇文章`, alternates: { canonical: view.url } };
}

export default async function TagPage({ params }: Props) {
  const view = await getTagPage(parseRouteParam((await params).tag), 1);
  if (!view) notFound();
  return <ListPage heading={`标签：${view.name}`} subheading={`共 ${view.total} 篇`} view={view} />;
}
