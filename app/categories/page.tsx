import type { Metadata } from 'next';
import { LinkIndex } from '@/components/link-index';
import { getSite, getSourceIndex } from '@/lib/posts';
import { toIndexMetadata } from '@/lib/publish/seo';

export const revalidate = 300;

export async function generateMetadata(): Promise<Metadata> {
  const [site, view] = await Promise.all([getSite(), getSourceIndex()]);
  return toIndexMetadata(site, view);
}

export default async function CategoriesPage() {
  return <LinkIndex view={await getSourceIndex()} filterLabel="按名称筛选来源" />;
}
