import { fileURLToPath } from 'node:url';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets parallel test runs keep separate builds; normally `.next`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Pages are cached in memory and dropped as soon as the posts folder changes (see the file).
  cacheHandler: fileURLToPath(new URL('./server/cache-handler.mjs', import.meta.url)),
  cacheMaxMemorySize: 0,
  async headers() {
    // server/start.mjs puts each HTML page's script-src (hashes of its inline scripts) in front of this policy.
    const security = [
      { key: 'Content-Security-Policy', value: "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'" },
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'X-Frame-Options', value: 'DENY' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
    ];
    return [{ source: '/:path*', headers: security }];
  },
  async redirects() {
    return [
      // Legacy Jekyll category pages were /category/<slug>.html
      { source: '/category/:slug([^/]+)\\.html', destination: '/category/:slug', permanent: true },
      // Page 1 of a list is the list itself.
      { source: '/page/1', destination: '/', permanent: true },
      { source: '/:section(category|tags)/:key/page/1', destination: '/:section/:key', permanent: true },
    ];
  },
};

export default nextConfig;
