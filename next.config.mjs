import { fileURLToPath } from 'node:url';
import { SECURITY_HEADERS } from './server/security-headers.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets parallel test runs keep separate builds; normally `.next`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Loaded by Node itself: piscina starts its workers from its own files and lib/render/render-worker.mjs.
  serverExternalPackages: ['piscina'],
  // Pages are cached in memory and dropped as soon as the posts folder changes (see the file).
  cacheHandler: fileURLToPath(new URL('./server/next-cache-handler.mjs', import.meta.url)),
  cacheMaxMemorySize: 0,
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
  async redirects() {
    return [
      // Legacy Jekyll category pages were /category/<slug>.html
      { source: '/category/:slug([^/]+)\\.html', destination: '/category/:slug', permanent: true },
      // Page 1 of a list redirects to the list in proxy.ts (lib/site/routes.ts), with its filters.
    ];
  },
};

export default nextConfig;
