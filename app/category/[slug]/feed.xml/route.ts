import { noStaticParams } from '@/lib/freshness.mjs';
import { ATOM_CONTENT_TYPE, getFeedSource, toAtomFeed } from '@/lib/publish/feeds';
import { parseRouteParam } from '@/lib/site/urls';

export const revalidate = 300;

export const generateStaticParams = noStaticParams;

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const source = await getFeedSource(parseRouteParam((await params).slug));
  if (!source) return new Response('Not Found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(toAtomFeed(source), { headers: { 'content-type': ATOM_CONTENT_TYPE } });
}
