import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListPage } from '@/components/list-page';
import { getHomePage, getSite } from '@/lib/posts';

export const revalidate = 1;

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSite();
  return { title: { absolute: site.title }, description: site.description || site.title, alternates: { canonical: '/' } };
}

export default async function HomePage() {
  const view = await getHomePage(1);
  if (!view) notFound();
  return <ListPage heading="最新文章" subheading={`共 ${view.total} 篇`} view={view} />;
}
