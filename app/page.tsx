import { listRoute } from '@/components/list-route';

export const revalidate = 300;

const route = listRoute(async () => ({ kind: 'home', key: '', page: 1, tags: [] }));
export const generateMetadata = route.generateMetadata;
export default route.Page;
