import { searchPosts } from '@/lib/search/search';

export const dynamic = 'force-dynamic';

/** Results for the header search box as the reader types. */
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams.get('q') ?? '';
  const view = await searchPosts(query, 1, 8);
  return Response.json(
    { query: view.query, total: view.total, items: view.items.map(({ title, url, dateText, category, snippet }) => ({ title, url, dateText, category: category?.name, snippet })) },
    { headers: { 'cache-control': 'no-store' } },
  );
}
