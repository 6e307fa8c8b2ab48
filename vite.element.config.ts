/**
 * `npm run build:element`: the <fund-flow-sankey> custom element as one JS file,
 * dist-element/fund-flow-sankey.js. The components' CSS is built as a stylesheet as in the app,
 * then put into the script as a string (in place of a marker in src/embed/element.ts), which
 * the element adopts into its shadow root as a constructable stylesheet: no <style> injected.
 */
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

const MARKER = /(["'`])__FUND_FLOW_SANKEY_COMPONENT_CSS__\1/g;

/** Moves the emitted CSS into the script's marker and drops the CSS file. */
function cssIntoScript(): Plugin {
  return {
    name: 'css-into-element-script',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const css: string[] = [];
      for (const [name, file] of Object.entries(bundle)) {
        if (file.type === 'asset' && name.endsWith('.css')) {
          css.push(String(file.source));
          delete bundle[name];
        }
      }
      const chunk = Object.values(bundle).find((f) => f.type === 'chunk' && f.isEntry);
      if (!chunk || chunk.type !== 'chunk' || (chunk.code.match(MARKER) ?? []).length !== 1) this.error('element build: the component CSS marker is not in the script exactly once');
      chunk.code = chunk.code.replace(MARKER, () => JSON.stringify(css.join('\n')));
    },
  };
}

export default defineConfig({
  plugins: [svelte(), cssIntoScript()],
  // No .xlsx reader in the element (one file, no chunks on demand): src/read/xlsx-none.ts.
  resolve: { alias: [{ find: /^\.\/xlsx\.ts$/, replacement: fileURLToPath(new URL('src/read/xlsx-none.ts', import.meta.url)) }] },
  build: {
    target: 'es2022',
    outDir: 'dist-element',
    emptyOutDir: true,
    cssCodeSplit: false,
    lib: { entry: 'src/embed/element.ts', name: 'FundFlowSankey', formats: ['iife'], fileName: () => 'fund-flow-sankey.js' },
  },
});
