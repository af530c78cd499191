/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  async redirects() {
    return [
      // Legacy Jekyll category pages were /category/<slug>.html
      { source: '/category/:slug([^/]+)\\.html', destination: '/category/:slug', permanent: true },
    ];
  },
};

export default nextConfig;
