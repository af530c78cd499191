import { noStaticParams } from '@/lib/freshness.mjs';
import { getSnapshot } from '@/lib/posts';
import { parseSitemapChunkId, SITEMAP_CONTENT_TYPE, toSitemapChunk, toSitemapEntries } from '@/lib/publish/sitemap';

// lib/freshness.mjs SITEMAP_REVALIDATE_SECONDS (Next needs the literal here).
export const revalidate = 60;

export const generateStaticParams = noStaticParams;

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseSitemapChunkId((await params).id);
  const snapshot = await getSnapshot();
  const xml = id === undefined ? undefined : toSitemapChunk(toSitemapEntries(snapshot, Date.now()), snapshot.site, id);
  if (!xml) return new Response('Not Found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(xml, { headers: { 'content-type': SITEMAP_CONTENT_TYPE } });
}
