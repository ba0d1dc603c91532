import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { corpusPlugin } from './src/build/vite-plugin-corpus';
import { cspPlugin } from './src/build/vite-plugin-csp';

// DATELINE_BASE serves the build from a sub-path, e.g. DATELINE_BASE=/timeline/ npm run build.
// DATELINE_CORPUS builds another corpus folder (tests use a hostile one); default src/corpus/documents.
export default defineConfig({
  base: process.env.DATELINE_BASE ?? '/',
  plugins: [react(), tailwindcss(), corpusPlugin(process.env.DATELINE_CORPUS), cspPlugin()],
  build: { target: 'es2022', sourcemap: true },
});
