/**
 * Entry point: create the state with the real model, open the bundled seed sheet
 * (no click needed) and mount the app.
 */
import { mount } from 'svelte';
import seed from '/seeds/000_07fcc2ea9ae77a26.txt?raw';
import App from './App.svelte';
import { analyze, drillDown } from './model/index.ts';
import { AppState } from './state/app.svelte.ts';
import { createAnalyzer } from './state/analyzer.ts';
import './view/theme.css';

const analyzer = createAnalyzer();
const app = new AppState({ analyze, drillDown, analyzeAsync: (text, parents) => analyzer.analyze(text, parents) });
app.load(seed, '000_07fcc2ea9ae77a26.txt');

const target = document.getElementById('app');
if (target) mount(App, { target, props: { app } });
