import { ATOM_CONTENT_TYPE, getFeedSource, toAtomFeed } from '@/lib/publish/feeds';

export const revalidate = 300;

export async function GET() {
  const source = await getFeedSource();
  if (!source) return new Response('Not Found', { status: 404 });
  return new Response(toAtomFeed(source), { headers: { 'content-type': ATOM_CONTENT_TYPE } });
}
