import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListPage } from '@/components/list-page';
import { getListPage } from '@/lib/posts';
import { toListMetadata } from '@/lib/publish/seo';
import { parseRouteParam } from '@/lib/site/urls';

type Props = { params: Promise<{ tag: string }> };

export const revalidate = 1;

export function generateStaticParams() {
  return [];
}

async function load({ params }: Props) {
  const tag = parseRouteParam((await params).tag);
  return { tag, view: await getListPage('tag', tag, 1) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { tag, view } = await load(props);
  return view ? toListMetadata('tag', tag, view) : {};
}

export default async function TagPage(props: Props) {
  const { view } = await load(props);
  if (!view) notFound();
  return <ListPage kind="tag" view={view} />;
}
