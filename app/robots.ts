import type { MetadataRoute } from 'next';
import { getSite } from '@/lib/posts';
import { toAbsoluteUrl } from '@/lib/site/site';

// Read at request time, so SITE_URL counts where the server runs, not where it was built.
export const dynamic = 'force-dynamic';

export default async function robots(): Promise<MetadataRoute.Robots> {
  const site = await getSite();
  return { rules: { userAgent: '*', allow: '/' }, sitemap: toAbsoluteUrl(site, '/sitemap.xml') };
}
