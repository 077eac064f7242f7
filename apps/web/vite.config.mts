import { defineConfig } from 'vite';

/** `npm run web:dev` serves the app with hot reload and sends API calls to `npm start` (PORT 3000 unless API_URL says otherwise). */
export default defineConfig({
  root: import.meta.dirname,
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      // react-router marks its modules "use client" for server components, which a browser-only bundle does not need.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    proxy: Object.fromEntries(['/api', '/docs', '/health'].map((prefix) => [prefix, process.env.API_URL ?? 'http://localhost:3000'])),
  },
});
