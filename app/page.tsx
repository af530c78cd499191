import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListPage } from '@/components/list-page';
import { getListPage } from '@/lib/posts';
import { toListMetadata } from '@/lib/publish/seo';

export const revalidate = 1;

export async function generateMetadata(): Promise<Metadata> {
  const view = await getListPage('home', '', 1);
  return view ? toListMetadata('home', '', view) : {};
}

export default async function HomePage() {
  const view = await getListPage('home', '', 1);
  if (!view) notFound();
  return <ListPage kind="home" view={view} />;
}
