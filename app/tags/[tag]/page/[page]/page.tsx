import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ListPage } from '@/components/list-page';
import { getListPage } from '@/lib/posts';
import { toListMetadata } from '@/lib/publish/seo';
import { parsePageNumber, parseRouteParam, toTagUrl } from '@/lib/site/urls';

type Props = { params: Promise<{ tag: string; page: string }> };

export const revalidate = 1;

export function generateStaticParams() {
  return [];
}

async function load({ params }: Props) {
  const { tag, page } = await params;
  const key = parseRouteParam(tag);
  const number = parsePageNumber(page);
  return { key, number, view: number ? await getListPage('tag', key, number) : undefined };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { key, view } = await load(props);
  return view ? toListMetadata('tag', key, view) : {};
}

export default async function TagPageN(props: Props) {
  const { key, number, view } = await load(props);
  if (number === 1) permanentRedirect(toTagUrl(key));
  if (!view) notFound();
  return <ListPage kind="tag" view={view} />;
}
