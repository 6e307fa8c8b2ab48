import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  // (budget) no window.__svelte version stamp: a few bytes of start-up JS less.
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true, discloseVersion: false },
};
