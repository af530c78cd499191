import { getFeedSource, JSON_FEED_CONTENT_TYPE, toJsonFeed } from '@/lib/publish/feeds';

export const revalidate = 300;

export async function GET() {
  const source = await getFeedSource();
  if (!source) return new Response('Not Found', { status: 404 });
  return new Response(toJsonFeed(source), { headers: { 'content-type': JSON_FEED_CONTENT_TYPE } });
}
