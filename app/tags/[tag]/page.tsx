import { listRoute } from '@/components/list-route';
import { noStaticParams } from '@/lib/freshness.mjs';
import { parseRouteParam } from '@/lib/site/urls';

type Props = { params: Promise<{ tag: string }> };

export const revalidate = 300;
export const generateStaticParams = noStaticParams;

const route = listRoute(async ({ params }: Props) => ({ kind: 'tag', key: parseRouteParam((await params).tag), page: 1, tags: [] }));
export const generateMetadata = route.generateMetadata;
export default route.Page;
