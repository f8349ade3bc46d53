// Builds the web app into dist/web, which `sitrep serve` serves. Everything it needs (Leaflet, Natural
// Earth outlines, admin-1 areas and rivers) is built in: the page makes no request outside its own server.
// The heavier base layers are files under basemap/ fetched as the view needs them (basemap-plugin.ts).
import { defineConfig } from 'vite';
import { basemapAssets } from './basemap-plugin.js';

export default defineConfig({
  root: import.meta.dirname,
  logLevel: 'warn',
  plugins: [basemapAssets()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
  },
});
