import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { SiteHeader } from '@/components/site-header';
import { ATOM_PATH, JSON_FEED_PATH } from '@/lib/publish/feeds';
import { getCategoryLinks, getSite } from '@/lib/posts';
import { toHeadScript } from '@/lib/site/theme';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSite();
  return {
    metadataBase: new URL(site.siteUrl),
    title: { default: site.title, template: `%s | ${site.title}` },
    description: site.description || site.title,
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [site, nav] = await Promise.all([getSite(), getCategoryLinks()]);
  return (
    // The head script sets the theme class and font step before hydration.
    <html lang="zh-CN" suppressHydrationWarning>
      <head>
        {/* A constant from lib/theme, not content: it must run before the first paint, so it is inline. */}
        <script dangerouslySetInnerHTML={{ __html: toHeadScript() }} />
        {/* Here, not in metadata: a page's own `alternates` (its canonical) would replace the layout's. */}
        <link rel="alternate" type="application/atom+xml" href={ATOM_PATH} title={site.title} />
        <link rel="alternate" type="application/feed+json" href={JSON_FEED_PATH} title={site.title} />
      </head>
      <body className="bg-white font-sans text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-[60] focus:inline-flex focus:min-h-11 focus:items-center focus:rounded focus:bg-white focus:px-4 focus:text-red-800 focus:shadow-lg dark:focus:bg-stone-900 dark:focus:text-red-300"
        >
          跳到正文
        </a>
        <SiteHeader title={site.title} categories={nav.categories} allUrl={nav.allUrl} />
        <main id="main" className="mx-auto max-w-3xl px-4 py-6">
          {children}
        </main>
        <footer className="mx-auto max-w-3xl border-t border-stone-200 px-4 py-6 text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
          <Link prefetch={false} href="/" className="inline-flex min-h-11 items-center hover:underline">{site.title}</Link>
          {site.description ? <span> · {site.description}</span> : null}
        </footer>
      </body>
    </html>
  );
}
