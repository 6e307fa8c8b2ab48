import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import StructureEditor from '../../../src/view/panels/StructureEditor.svelte';
import { HOSTILE } from './fixtures.ts';

const blocks = [
  { id: 'A', label: 'A 情報通信研究機構' },
  { id: 'B', label: 'B 日立製作所 他5者' },
  { id: 'C', label: 'C 日本コムシス' },
  { id: 'D', label: `D ${HOSTILE}` },
];
const parents = {
  A: { parent: 'ministry', inferred: true },
  B: { parent: 'A', inferred: true },
  C: { parent: 'B', inferred: false },
  D: { parent: 'A', inferred: true },
};

const optionValues = (select: HTMLElement) => within(select).getAllByRole('option').map((o) => (o as HTMLOptionElement).value);

describe('StructureEditor', () => {
  it('starts as one line saying how many parents are inferred, and opens on a click', async () => {
    render(StructureEditor, { blocks, parents, lang: 'ja', onreparent: vi.fn() });
    // A, B and D are inferred; C was set by the user.
    const toggle = screen.getByRole('button', { name: 'ブロックの資金元: 3 推定 — 確認' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('combobox')).toBeNull();
    await userEvent.setup().click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    // The body loads on the first opening.
    expect(await screen.findAllByRole('combobox')).toHaveLength(4);
  });

  it('says the number of blocks when no parent is inferred', () => {
    const set = Object.fromEntries(Object.entries(parents).map(([k, v]) => [k, { ...v, inferred: false }]));
    render(StructureEditor, { blocks, parents: set, lang: 'en', onreparent: vi.fn() });
    expect(screen.getByRole('button', { name: /: 4 blocks$/ })).toHaveAttribute('aria-expanded', 'false');
  });

  it('shows each parent and marks inferred ones', async () => {
    const { container } = render(StructureEditor, { blocks, parents, lang: 'ja', onreparent: vi.fn(), open: true });
    expect(await screen.findByRole('combobox', { name: 'B 日立製作所 他5者の資金元' })).toHaveValue('A');
    expect(screen.getByRole('combobox', { name: /^A / })).toHaveValue('ministry');
    const row = (id: string) => container.querySelector<HTMLElement>(`tr[data-block="${id}"]`)!;
    expect(within(row('B')).getByText('推定')).toBeInTheDocument();
    expect(within(row('C')).queryByText('推定')).toBeNull();
  });

  it('offers the ministry and other blocks, never the block itself or its descendants', async () => {
    render(StructureEditor, { blocks, parents, lang: 'ja', onreparent: vi.fn(), open: true });
    expect(optionValues(await screen.findByRole('combobox', { name: /^B / }))).toEqual(['ministry', 'A', 'D']);
    expect(optionValues(screen.getByRole('combobox', { name: /^A / }))).toEqual(['ministry']);
    expect(optionValues(screen.getByRole('combobox', { name: /^C / }))).toEqual(['ministry', 'A', 'B', 'D']);
  });

  it('calls onreparent with the block and the new parent', async () => {
    const user = userEvent.setup();
    const onreparent = vi.fn();
    render(StructureEditor, { blocks, parents, lang: 'ja', onreparent, open: true });
    await user.selectOptions(await screen.findByRole('combobox', { name: /^D / }), 'B');
    expect(onreparent).toHaveBeenCalledWith('D', 'B');
  });

  it('keeps showing the prop value until the app changes it', async () => {
    const user = userEvent.setup();
    const { rerender } = render(StructureEditor, { blocks, parents, lang: 'ja', onreparent: vi.fn(), open: true });
    const select = await screen.findByRole('combobox', { name: /^D / });
    await user.selectOptions(select, 'C');
    expect(select).toHaveValue('A');
    await rerender({ parents: { ...parents, D: { parent: 'C', inferred: false } } });
    expect(select).toHaveValue('C');
  });

  it('renders hostile labels as text and switches language', async () => {
    const onreset = vi.fn();
    const { container, rerender } = render(StructureEditor, { blocks, parents, lang: 'ja', onreparent: vi.fn(), onreset, open: true });
    expect(await screen.findAllByRole('combobox')).toHaveLength(4);
    expect(container.querySelector('img')).toBeNull();
    await rerender({ lang: 'en' });
    expect(screen.getByRole('combobox', { name: 'Source of B 日立製作所 他5者' })).toBeInTheDocument();
    expect(screen.getAllByRole('option', { name: 'Ministry' }).length).toBe(4);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Back to inferred' }));
    expect(onreset).toHaveBeenCalled();
  });
});
