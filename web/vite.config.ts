import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { functionSpecs, isHttp } from '../shared/manifest';

const root = import.meta.dirname;

/**
 * The console is served from the API's own origin (locally by `npm start`, in AWS by CloudFront),
 * so it builds with relative asset paths and talks to the API through `config.json`.
 */
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    // No inline scripts or styles may be needed: the CSP forbids them.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    fs: { allow: [resolve(root, '..')] },
    // `npm run dev:web`: the local API on its usual port answers the console's requests.
    proxy: Object.fromEntries(
      [
        ...new Set(functionSpecs.filter(isHttp).map((spec) => `/${spec.trigger.path.split('/')[1]}`)),
        '/config.json',
        '/local-sign-in',
      ].map((path) => [path, process.env.API_URL ?? 'http://localhost:3000']),
    ),
  },
});
