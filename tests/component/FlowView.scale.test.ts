import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import './resize.stub.ts';
import FlowView from '../../src/view/FlowView.svelte';
import { AppState } from '../../src/state/app.svelte.ts';
import { fakeModel, seedOutput } from './seed.fixture.ts';

function app(): AppState {
  const a = new AppState({ ...fakeModel, analyze: () => seedOutput() });
  a.load('x');
  return a;
}

const fontSizes = (c: HTMLElement): number[] => [...c.querySelectorAll('g.node text')].map((t) => Number(t.getAttribute('font-size')));

describe('FlowView labelScale', () => {
  it('draws labels at 13 px by default', () => {
    const { container } = render(FlowView, { props: { app: app() } });
    const sizes = fontSizes(container);
    expect(sizes.length).toBeGreaterThanOrEqual(11);
    expect(Math.max(...sizes)).toBe(13);
  });

  it('scales labels to at least 24 px and the diagram taller with labelScale 1.8', () => {
    const plain = render(FlowView, { props: { app: app() } });
    const plainHeight = Number(plain.container.querySelector('svg.sankey')?.getAttribute('height'));
    plain.unmount();
    const { container } = render(FlowView, { props: { app: app(), labelScale: 1.8 } });
    const sizes = fontSizes(container);
    expect(sizes.length).toBeGreaterThanOrEqual(11);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(24);
    expect(Number(container.querySelector('svg.sankey')?.getAttribute('height'))).toBeGreaterThan(plainHeight * 1.7);
  });

  it('ignores a nonsensical scale', () => {
    const { container } = render(FlowView, { props: { app: app(), labelScale: Number.NaN } });
    expect(Math.max(...fontSizes(container))).toBe(13);
  });
});
