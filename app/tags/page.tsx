import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LinkIndex } from '@/components/link-index';
import { getSite, getTagIndex } from '@/lib/posts';
import { toIndexMetadata } from '@/lib/publish/seo';

// Dynamic because of ?category=; the counts behind it are cached in lib.
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load({ searchParams }: Props) {
  const { category } = await searchParams;
  return getTagIndex(Array.isArray(category) ? category[0] : category);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [site, view] = await Promise.all([getSite(), load(props)]);
  return view ? toIndexMetadata(site, view) : {};
}

export default async function TagsPage(props: Props) {
  const view = await load(props);
  if (!view) notFound();
  return <LinkIndex view={view} filterLabel="筛选标签" />;
}
