import { getSnapshot } from '@/lib/posts';
import { SITEMAP_CONTENT_TYPE, toSitemap, toSitemapEntries } from '@/lib/publish/sitemap';

// lib/freshness.mjs SITEMAP_REVALIDATE_SECONDS (Next needs the literal here).
export const revalidate = 60;

export async function GET() {
  const snapshot = await getSnapshot();
  const xml = toSitemap(toSitemapEntries(snapshot, Date.now()), snapshot.site);
  return new Response(xml, { headers: { 'content-type': SITEMAP_CONTENT_TYPE } });
}
