import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ListPage } from '@/components/list-page';
import { getListPage } from '@/lib/posts';
import { toListMetadata } from '@/lib/publish/seo';
import { parsePageNumber } from '@/lib/site/urls';

type Props = { params: Promise<{ page: string }> };

export const revalidate = 1;

export function generateStaticParams() {
  return [];
}

async function load({ params }: Props) {
  const page = parsePageNumber((await params).page);
  return { page, view: page ? await getListPage('home', '', page) : undefined };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { view } = await load(props);
  return view ? toListMetadata('home', '', view) : {};
}

export default async function HomePageN(props: Props) {
  const { page, view } = await load(props);
  if (page === 1) permanentRedirect('/');
  if (!view) notFound();
  return <ListPage kind="home" view={view} />;
}
