// The app on the real model and the real seed sheet (as main.ts opens it).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import './resize.stub.ts';
import App from '../../src/App.svelte';
import { analyze } from '../../src/read/index.ts';
import { drillDown } from '../../src/model/index.ts';
import { AppState } from '../../src/state/app.svelte.ts';

const seed = readFileSync(resolve(process.cwd(), 'seeds/000_07fcc2ea9ae77a26.txt'), 'utf8');

describe('App on the seed sheet', () => {
  it('names the ministry and the ten blocks with their amounts, and drills into D', async () => {
    const app = new AppState({ analyze, drillDown });
    expect(app.load(seed)).toBe(true);
    render(App, { props: { app } });
    expect(screen.getByRole('button', { name: /^総務省 552\.5百万円/ })).toBeInTheDocument();
    const amounts: [string, string][] = [
      ['A', '552.5'],
      ['B', '206.4'],
      ['C', '3'],
      ['D', '110.6'],
      ['E', '116.6'],
      ['F', '61.4'],
      ['G', '15'],
      ['H', '13.5'],
      ['I', '2.4'],
      ['J', '6.8'],
    ];
    for (const [id, amount] of amounts) {
      expect(screen.getAllByRole('button', { name: new RegExp(`^${id} .*${amount.replace('.', '\\.')}百万円`) })).toHaveLength(1);
    }
    await fireEvent.click(screen.getByRole('button', { name: /^D サイバーディフェンス研究所 他2者/ }));
    expect(screen.getByRole('button', { name: /^株式会社サイバーディフェンス研究所 42\.9百万円/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^インテリジェンスサービス 42\.9百万円/ })).toBeInTheDocument();
  });
});
