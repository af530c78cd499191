import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getListPage } from '@/lib/posts';
import { toListMetadata } from '@/lib/publish/seo';
import type { ListQuery } from '@/lib/site/urls';
import { ListPage } from './list-page';

/**
 * Everything a list route does but say which list its URL names: its metadata and its page,
 * a 404 when the URL names none (proxy.ts has answered most of those before rendering).
 */
export function listRoute<Props>(toQuery: (props: Props) => Promise<ListQuery | undefined>) {
  const load = async (props: Props) => {
    const query = await toQuery(props);
    return query && getListPage(query);
  };
  return {
    async generateMetadata(props: Props): Promise<Metadata> {
      const view = await load(props);
      return view ? toListMetadata(view) : {};
    },
    async Page(props: Props) {
      const view = await load(props);
      if (!view) notFound();
      return <ListPage view={view} />;
    },
  };
}
