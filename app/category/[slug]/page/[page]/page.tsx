import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ListPage } from '@/components/list-page';
import { getListPage } from '@/lib/posts';
import { toListMetadata } from '@/lib/publish/seo';
import { parsePageNumber, parseRouteParam, toCategoryUrl } from '@/lib/site/urls';

type Props = { params: Promise<{ slug: string; page: string }> };

export const revalidate = 1;

export function generateStaticParams() {
  return [];
}

async function load({ params }: Props) {
  const { slug, page } = await params;
  const key = parseRouteParam(slug);
  const number = parsePageNumber(page);
  return { key, number, view: number ? await getListPage('category', key, number) : undefined };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { key, view } = await load(props);
  return view ? toListMetadata('category', key, view) : {};
}

export default async function CategoryPageN(props: Props) {
  const { key, number, view } = await load(props);
  if (number === 1) permanentRedirect(toCategoryUrl(key));
  if (!view) notFound();
  return <ListPage kind="category" view={view} />;
}
