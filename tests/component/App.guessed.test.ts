// Issue #12 in the app, on the text reader's real output: the DUPLICATE_RANK finding (line 170)
// selects the second row ranked 1 (D:r:1~2), the detail table highlights it alone; the banner's
// button opens the side panel's structure editor.
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import './resize.stub.ts';
import App from '../../src/App.svelte';
import { AppState } from '../../src/state/app.svelte.ts';
import { analyze } from '../../src/read/analyze.ts';
import { drillDown } from '../../src/model/index.ts';

const fixture = (name: string): string => readFileSync(resolve(process.cwd(), 'tests/fixtures', name, 'input.txt'), 'utf8');

function setup(name: string) {
  const app = new AppState({ analyze, drillDown });
  app.load(fixture(name));
  return { app, ...render(App, { props: { app } }) };
}

describe('App: issue #12', () => {
  it('the DUPLICATE_RANK finding selects the row of its line, the second ranked 1', async () => {
    const { app, container } = setup('duplicate-ranks');
    await fireEvent.click(await screen.findByRole('button', { name: /^注記 \(\d+\)$/ }));
    await fireEvent.click(await screen.findByText(/170行目: ブロックDに順位1の行が複数あります/));
    expect(app.currentBlock).toBe('D');
    expect(app.selectedId).toBe('D:r:1~2');
    await waitFor(() => expect([...container.querySelectorAll<HTMLTableRowElement>('tr.selected')].map((r) => r.dataset.nodeId)).toEqual(['D:r:1~2']));
  });

  it("the banner's button opens the structure editor of the side panel", async () => {
    setup('structure-guessed');
    const toggle = await screen.findByRole('button', { name: /^ブロックの資金元: 10 推定 — 確認$/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await fireEvent.click(await screen.findByRole('button', { name: '構造を確認' }));
    await waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'true'));
    await waitFor(() => expect(document.activeElement?.tagName).toBe('SELECT'));
  });
});
