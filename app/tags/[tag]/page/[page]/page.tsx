import { listRoute } from '@/components/list-route';
import { noStaticParams } from '@/lib/freshness.mjs';
import { parsePageNumber, parseRouteParam } from '@/lib/site/urls';

type Props = { params: Promise<{ tag: string; page: string }> };

export const revalidate = 300;
export const generateStaticParams = noStaticParams;

const route = listRoute(async ({ params }: Props) => {
  const { tag, page } = await params;
  const number = parsePageNumber(page);
  return number ? { kind: 'tag', key: parseRouteParam(tag), page: number, tags: [] } : undefined;
});
export const generateMetadata = route.generateMetadata;
export default route.Page;
