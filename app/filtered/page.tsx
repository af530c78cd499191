import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListPage } from '@/components/list-page';
import { getListPage } from '@/lib/posts';
import { toListMetadata } from '@/lib/publish/seo';
import { parseListQuery } from '@/lib/site/urls';

// Reached through proxy.ts when a list URL carries ?tag= filters; rendered per request.
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load({ searchParams }: Props) {
  const query = parseListQuery(await searchParams);
  return { query, view: query ? await getListPage(query.kind, query.key, query.page, query.tags) : undefined };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { query, view } = await load(props);
  return query && view ? toListMetadata(query.kind, query.key, view) : {};
}

export default async function FilteredListPage(props: Props) {
  const { query, view } = await load(props);
  if (!query || !view) notFound();
  return <ListPage kind={query.kind} view={view} />;
}
