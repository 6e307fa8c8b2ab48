import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ByRecipientView from '../../src/view/ByRecipientView.svelte';
import { byRecipient } from '../../src/model/byRecipient.ts';
import { findIntermediaries } from '../../src/model/intermediaries.ts';
import { seedOutput } from './seed.fixture.ts';

describe('findIntermediaries', () => {
  it('finds NICT (block A funds B–J) with what its 費目・使途 says it passed on', () => {
    const out = seedOutput();
    const found = findIntermediaries(out.sheet, out.graph.parents);
    expect([...found.keys()]).toEqual(['#7012405000492']);
    expect(found.get('#7012405000492')).toEqual({ key: '#7012405000492', blocks: ['A'], children: ['B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'], passedOn: 535.4 });
  });
  it('follows re-parenting: with every block paid by the ministry there is no intermediary', () => {
    const out = seedOutput(Object.fromEntries('BCDEFGHIJ'.split('').map((id) => [id, 'ministry'])));
    expect(findIntermediaries(out.sheet, out.graph.parents).size).toBe(0);
  });
});

describe('ByRecipientView', () => {
  const out = seedOutput();
  const props = { recipients: byRecipient(out.sheet), unit: '百万円', lang: 'ja' as const, lens: false, selected: null, onpick: vi.fn() };

  it('ranks final recipients only and lists NICT apart, marked as passing money on', async () => {
    render(ByRecipientView, { props: { ...props, sheet: out.sheet, parents: out.graph.parents } });
    const finals = screen.getByRole('list', { name: '最終的な支出先' });
    const middle = screen.getByRole('list', { name: /^中間機関/ });
    expect(within(finals).queryByRole('button', { name: /情報通信研究機構/ })).toBeNull();
    const nict = within(middle).getByRole('button', { name: /^国立研究開発法人情報通信研究機構 552\.5百万円/ });
    expect(nict).toHaveAccessibleName(/中間機関: 下流へ渡した額を含む、うち下流へ 535\.4百万円\(5\.4億円\)/);
    expect(nict).toHaveTextContent('中間機関: 下流へ渡した額を含む');
    expect(nict).toHaveTextContent('うち下流へ 535.4百万円(5.4億円) → B, C, D, E, F, G, H, I, J');
    const first = within(finals).getAllByRole('button')[0];
    expect(first).toHaveAccessibleName(/^株式会社日立製作所/);
    expect(first).toHaveTextContent(/^1/);
    const dt = within(finals).getByRole('button', { name: /^デジタルテクノロジー株式会社 97\.7百万円/ });
    expect(dt).toHaveTextContent('E 96.3百万円');
    expect(dt).toHaveTextContent('J 1.4百万円');
    await fireEvent.click(nict);
    expect(props.onpick).toHaveBeenCalledWith(expect.objectContaining({ key: '#7012405000492' }));
  });

  it('without the sheet and parents it is one ranked list, as before', () => {
    render(ByRecipientView, { props });
    expect(screen.queryByRole('list', { name: /^中間機関/ })).toBeNull();
    expect(screen.getAllByRole('button')[0]).toHaveAccessibleName(/^国立研究開発法人情報通信研究機構 552\.5百万円\(5\.5億円\)、ブロック A$/);
  });

  it('in English its accessible names are English sentences, parts separated by commas (not 、)', () => {
    render(ByRecipientView, { props: { ...props, lang: 'en' as const, sheet: out.sheet, parents: out.graph.parents } });
    const middle = screen.getByRole('list', { name: /^Intermediar/ });
    const [nict] = within(middle).getAllByRole('button');
    if (!nict) throw new Error('no intermediary');
    expect(nict.getAttribute('aria-label') ?? nict.textContent).not.toMatch(/、/);
    expect(nict).toHaveAccessibleName('国立研究開発法人情報通信研究機構 552.5 million yen, Intermediary: includes what it passed on downstream, of which passed on: 535.4 million yen, Blocks A');
  });
});
