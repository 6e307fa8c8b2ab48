import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { seedSheet } from './scripts/seed-plugin.ts';
import { prerenderApp } from './scripts/prerender-plugin.ts';
import { cspMeta } from './scripts/csp-plugin.ts';
import { catalogSplit } from './scripts/catalog-split-plugin.ts';
import { svelteTesting } from '@testing-library/svelte/vite';

/** Modules the first view needs that on-demand chunks share (see build.rolldownOptions below). */
const STARTUP_SHARED = /node_modules\/(svelte|clsx|esm-env)\/|src\/(util\/decimal|layout\/push|model\/blocks|model\/nodeNames|model\/storySteps|contract\/names|i18n\/marks|i18n\/nodeNames|i18n\/english\.svelte|view\/panels\/recipients|read\/limits|i18n\/unitName|i18n\/failure|i18n\/bilingual|state\/yearNav\.svelte)\.ts$|src\/i18n\/catalog\/((ja|en)\.ts\?section=failure|ja\.ts\?section=(ui|panels|nodeNames|flow)|en\.ts\?section=units)$/;

export default defineConfig({
  // './' so dist/ works from any sub-path of a static host.
  base: './',
  plugins: [svelte(), svelteTesting(), catalogSplit(), seedSheet(), prerenderApp(), cspMeta()],
  // RSシステム files are read in the worker only; the single-file build (no worker) sets this true (src/state/rsClient.ts).
  define: { __RS_INLINE__: 'false' },
  // One stylesheet linked from the HTML: the prerendered first view is styled before any script runs.
  // No modulepreload polyfill: every browser that runs es2022 modules here knows <link rel=modulepreload>
  // (without it a lazy chunk's imports are fetched when it runs, as they are anyway): 0.2 KB gz less at start.
  // An on-demand chunk is preloaded only with the chunks it imports that are not in yet: not itself (the
  // import fetches it) nor the entry, start and runtime chunks every dynamic import comes after. Listing
  // every chunk's own name was 0.5 KB gz of the start-up JS.
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    cssCodeSplit: false,
    modulePreload: {
      polyfill: false,
      resolveDependencies: (chunk, deps) => deps.filter((d) => d !== chunk && !/(^|\/)(index|start|client)-[\w-]+\.js$/.test(d)),
    },
    rolldownOptions: {
      output: {
        // The Svelte runtime and the small modules that both the start-up chunks and some on-demand
        // chunks use go in one chunk, loaded at start anyway: apart they were eight tiny files,
        // each compressed on its own (some 0.6 KB gz more). Only modules the first view loads belong here.
        codeSplitting: { groups: [{ name: 'client', test: STARTUP_SHARED }] },
      },
    },
  },
  test: {
    globals: true,
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30000,
    // Pure code runs in Node (fast, no DOM); components in jsdom.
    projects: [
      { extends: true, test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'component', environment: 'jsdom', include: ['tests/component/**/*.test.ts'] } },
    ],
  },
});
