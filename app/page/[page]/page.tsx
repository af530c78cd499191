import { listRoute } from '@/components/list-route';
import { noStaticParams } from '@/lib/freshness.mjs';
import { parsePageNumber } from '@/lib/site/urls';

type Props = { params: Promise<{ page: string }> };

export const revalidate = 300;
export const generateStaticParams = noStaticParams;

const route = listRoute(async ({ params }: Props) => {
  const page = parsePageNumber((await params).page);
  return page ? { kind: 'home', key: '', page, tags: [] } : undefined;
});
export const generateMetadata = route.generateMetadata;
export default route.Page;
