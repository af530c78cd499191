import { listRoute } from '@/components/list-route';
import { parseListQuery } from '@/lib/site/urls';

// Reached through proxy.ts when a list URL carries ?tag= filters; rendered per request.
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const route = listRoute(async ({ searchParams }: Props) => parseListQuery(await searchParams));
export const generateMetadata = route.generateMetadata;
export default route.Page;
