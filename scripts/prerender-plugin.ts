/**
 * Vite plugin (build only): renders the app's first view — the bundled seed's overview —
 * on the server side (src/prerender.ts through Svelte's server renderer) and puts the HTML
 * into `<div id="app">`. The diagram is then painted from the HTML alone, before any
 * script has run, and src/start.ts hydrates it. It runs after the seed plugin, on the same
 * seed payload, so the page and the prerender show the same model.
 */
import { createServer, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import type { ParseOutput } from '../src/contract/schema.ts';
import { seedPayload, SEED_FILE } from './seed-plugin.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** The app's HTML for the seed, rendered by the same components the page hydrates. */
export async function renderSeed(file = SEED_FILE): Promise<string> {
  // A throwaway Vite server only to load src/prerender.ts with Svelte's server compiler.
  const server = await createServer({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    plugins: [svelte()],
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const { prerender } = (await server.ssrLoadModule('/src/prerender.ts')) as typeof import('../src/prerender.ts');
    const seed = seedPayload(file);
    return prerender({ ...seed, output: JSON.parse(JSON.stringify(seed.output)) as ParseOutput });
  } finally {
    await server.close();
  }
}

export function prerenderApp(file = SEED_FILE): Plugin {
  return {
    name: 'prerender-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const body = await renderSeed(file);
        return html.replace('<div id="app"></div>', () => `<div id="app">${body}</div>`);
      },
    },
  };
}
