import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ListPage } from '@/components/list-page';
import { getCategoryPage } from '@/lib/posts';
import { parsePageNumber, parseRouteParam, toCategoryUrl } from '@/lib/urls';

type Props = { params: Promise<{ slug: string; page: string }> };

export const revalidate = 1;

export function generateStaticParams() {
  return [];
}

async function load({ params }: Props) {
  const { slug, page } = await params;
  const number = parsePageNumber(page);
  return { slug: parseRouteParam(slug), number, view: number ? await getCategoryPage(parseRouteParam(slug), number) : undefined };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { view, slug } = await load(props);
  if (!view) return {};
  return { title: `${view.name} 第${view.page}页`, description: `${view.name}：共 ${view.total} 篇文章`, alternates: { canonical: toCategoryUrl(slug, view.page) } };
}

export default async function CategoryPageN(props: Props) {
  const { view, slug, number } = await load(props);
  if (number === 1) permanentRedirect(toCategoryUrl(slug));
  if (!view) notFound();
  return <ListPage heading={`${view.name} · 第 ${view.page} 页`} subheading={`栏目 · 共 ${view.total} 篇`} view={view} />;
}
