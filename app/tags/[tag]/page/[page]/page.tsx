import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ListPage } from '@/components/list-page';
import { getTagPage } from '@/lib/posts';
import { parsePageNumber, parseRouteParam, toTagUrl } from '@/lib/urls';

type Props = { params: Promise<{ tag: string; page: string }> };

export const revalidate = 1;

export function generateStaticParams() {
  return [];
}

async function load({ params }: Props) {
  const { tag, page } = await params;
  const number = parsePageNumber(page);
  return { tag: parseRouteParam(tag), number, view: number ? await getTagPage(parseRouteParam(tag), number) : undefined };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { view, tag } = await load(props);
  if (!view) return {};
  return { title: `标签：${view.name} 第${view.page}页`, description: `标签“${view.name}”下的 ${view.total} 篇文章`, alternates: { canonical: toTagUrl(tag, view.page) } };
}

export default async function TagPageN(props: Props) {
  const { view, tag, number } = await load(props);
  if (number === 1) permanentRedirect(toTagUrl(tag));
  if (!view) notFound();
  return <ListPage heading={`标签：${view.name} · 第 ${view.page} 页`} subheading={`共 ${view.total} 篇`} view={view} />;
}
