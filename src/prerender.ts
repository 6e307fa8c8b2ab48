/**
 * Server-side render of the app's first view (the seed's overview), run at build time by
 * scripts/prerender-plugin.ts: the page's HTML then already holds the diagram, so it
 * paints before any script runs; src/start.ts hydrates it. Same components, same state as the
 * page's first render, so hydration finds what it expects.
 */
import { render } from 'svelte/server';
import App from './App.svelte';
import { drillDown } from './model/drilldown.ts';
import type { ParseOutput } from './contract/schema.ts';
import { AppState } from './state/app.svelte.ts';

/** The HTML of the app showing `output` (the default view), for the inside of `<div id="app">`. */
export function prerender(seed: { name: string; text: string; output: ParseOutput }): string {
  const app = new AppState({ drillDown });
  app.show(seed.text, seed.name, seed.output);
  return render(App, { props: { app } }).body;
}
