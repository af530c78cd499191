import { searchPosts } from '@/lib/search/search';
import { toSuggestions } from '@/lib/search/suggestions';

export const dynamic = 'force-dynamic';

/** Results for the header search box as the reader types. */
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams.get('q') ?? '';
  const view = await searchPosts(query, 1, 8);
  return Response.json(
    toSuggestions(view.query, view.total, view.items),
    { headers: { 'cache-control': 'no-store' } },
  );
}
