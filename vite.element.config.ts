/**
 * `npm run build:element`: the <fund-flow-sankey> custom element as one JS file,
 * dist-element/fund-flow-sankey.js, with component styles injected by the script.
 */
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte({ compilerOptions: { css: 'injected' }, emitCss: false })],
  build: {
    target: 'es2022',
    outDir: 'dist-element',
    emptyOutDir: true,
    lib: { entry: 'src/embed/element.ts', name: 'FundFlowSankey', formats: ['iife'], fileName: () => 'fund-flow-sankey.js' },
  },
});
