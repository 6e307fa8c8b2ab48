/**
 * `npm run build:element`: the <fund-flow-sankey> custom element as one JS file,
 * dist-element/fund-flow-sankey.js, with component styles injected by the script.
 */
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  plugins: [svelte({ compilerOptions: { css: 'injected' }, emitCss: false })],
  // No .xlsx reader in the element (one file, no chunks on demand): src/read/xlsx-none.ts.
  resolve: { alias: [{ find: /^\.\/xlsx\.ts$/, replacement: fileURLToPath(new URL('src/read/xlsx-none.ts', import.meta.url)) }] },
  build: {
    target: 'es2022',
    outDir: 'dist-element',
    emptyOutDir: true,
    lib: { entry: 'src/embed/element.ts', name: 'FundFlowSankey', formats: ['iife'], fileName: () => 'fund-flow-sankey.js' },
  },
});
