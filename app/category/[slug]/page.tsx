import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListPage } from '@/components/list-page';
import { getListPage } from '@/lib/posts';
import { toListMetadata } from '@/lib/publish/seo';
import { parseRouteParam } from '@/lib/site/urls';

type Props = { params: Promise<{ slug: string }> };

export const revalidate = 1;

export function generateStaticParams() {
  return [];
}

async function load({ params }: Props) {
  const slug = parseRouteParam((await params).slug);
  return { slug, view: await getListPage('category', slug, 1) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { slug, view } = await load(props);
  return view ? toListMetadata('category', slug, view) : {};
}

export default async function CategoryPage(props: Props) {
  const { view } = await load(props);
  if (!view) notFound();
  return <ListPage kind="category" view={view} />;
}
