// Builds the console into dist/web, served by the API server at /console (src/plugins/console.ts).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/console/',
  // Preact's automatic JSX runtime through esbuild: no Babel plugin needed.
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // One small bundle; assets under assets/ carry a content hash, so they can be cached forever.
    assetsDir: 'assets',
    reportCompressedSize: true,
  },
  server: {
    // `npx vite web` during development: the API runs on `npm start`.
    proxy: { '/v1': 'http://127.0.0.1:3000' },
  },
});
