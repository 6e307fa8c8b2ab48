/**
 * Entry point: create the state with the real model, open the bundled seed sheet
 * (no click needed), restore the view from the URL hash and mount the app.
 */
import { mount } from 'svelte';
import seed from '/seeds/000_07fcc2ea9ae77a26.txt?raw';
import App from './App.svelte';
import { analyze, drillDown } from './model/index.ts';
import { AppState } from './state/app.svelte.ts';
import { createAnalyzer } from './state/analyzer.ts';
import { syncHash } from './state/url.svelte.ts';
import './view/theme.css';

const SEED_NAME = '000_07fcc2ea9ae77a26.txt';
const analyzer = createAnalyzer();
const app = new AppState({ analyze, drillDown, analyzeAsync: (text, parents) => analyzer.analyze(text, parents) });
const loadDefault = (): void => {
  app.load(seed, SEED_NAME);
};
loadDefault();
syncHash(app, { loadDefault });

const target = document.getElementById('app');
if (target) mount(App, { target, props: { app } });
