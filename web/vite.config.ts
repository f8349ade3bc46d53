// Builds the web app into dist/web, which `sitrep serve` serves. Everything it needs (Leaflet, the
// Natural Earth countries) is bundled: the page makes no request outside its own server.
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  logLevel: 'warn',
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // The bundled countries (world-atlas 50m) make one large chunk; it is served locally.
    chunkSizeWarningLimit: 2000,
  },
});
