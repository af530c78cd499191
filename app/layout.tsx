import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { SiteHeader } from '@/components/site-header';
import { getCategoryLinks, getSite } from '@/lib/posts';
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
  const [site, categories] = await Promise.all([getSite(), getCategoryLinks()]);
  return (
    <html lang="zh-CN">
      <body className="bg-white font-sans text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
          跳到正文
        </a>
        <SiteHeader title={site.title} categories={categories} />
        <main id="main" className="mx-auto max-w-3xl px-4 py-6">
          {children}
        </main>
        <footer className="mx-auto max-w-3xl border-t border-stone-200 px-4 py-6 text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
          <Link href="/" className="hover:underline">{site.title}</Link>
          {site.description ? <span> · {site.description}</span> : null}
        </footer>
      </body>
    </html>
  );
}
