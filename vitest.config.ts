import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': import.meta.dirname,
      // Outside React's server condition `server-only` throws on import; lib tests run on the server side.
      'server-only': path.join(import.meta.dirname, 'lib/__fixtures__/server-only.ts'),
    },
  },
  esbuild: { jsx: 'automatic' },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.tsx', 'scripts/**/*.test.ts', 'server/**/*.test.ts'],
    environment: 'node',
  },
});
