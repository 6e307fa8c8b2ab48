/**
 * Entry point: create the state with the real model, open the bundled seed sheet
 * (no click needed), restore the view from the URL hash and mount the app.
 * The seed travels in index.html as `<script type="application/json" id="seed-sheet">`
 * (scripts/seed-plugin.ts), so it is data, not code, and the single-file build keeps it.
 */
import { mount } from 'svelte';
import App from './App.svelte';
import { analyze, drillDown } from './model/index.ts';
import { AppState } from './state/app.svelte.ts';
import { createAnalyzer } from './state/analyzer.ts';
import { syncHash } from './state/url.svelte.ts';
import './view/theme.css';

/** The seed sheet from the page's JSON block, or null when the page has none. */
function seedSheet(): { name: string; text: string } | null {
  const el = document.getElementById('seed-sheet');
  if (!el?.textContent) return null;
  try {
    const v: unknown = JSON.parse(el.textContent);
    if (v && typeof v === 'object' && 'text' in v && typeof v.text === 'string') {
      return { name: 'name' in v && typeof v.name === 'string' ? v.name : 'seed.txt', text: v.text };
    }
  } catch {
    // A damaged block: start without a sheet.
  }
  return null;
}

const seed = seedSheet();
const analyzer = createAnalyzer();
const app = new AppState({ analyze, drillDown, analyzeAsync: (text, parents) => analyzer.analyze(text, parents) });
const loadDefault = (): void => {
  if (seed) app.load(seed.text, seed.name);
};
loadDefault();
syncHash(app, { loadDefault });

const target = document.getElementById('app');
if (target) mount(App, { target, props: { app } });
