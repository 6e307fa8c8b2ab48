// crumbs (#10): the one breadcrumb trail — a drill-down's crumbs and, over a loaded year, the
// year's levels before them (view/crumbs.ts), drawn by Breadcrumb.svelte.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Breadcrumb, { type Crumb } from '../../src/view/Breadcrumb.svelte';
import { crumbsFor, inYear, yearCrumbs } from '../../src/view/crumbs.ts';
import type { AppState } from '../../src/state/app.svelte.ts';
import { ui } from '../../src/i18n/catalog/ja.ts';
import { seedOutput } from './seed.fixture.ts';

/** Just what yearCrumbs and showYear read and write of the state: a loaded year of two projects. */
function fakeApp(place: { yearScope?: { year: number; ministry: string | null } | null; project?: string | null; projectYear?: number | null }) {
  const projects = [
    { projectNumber: '900002', projectName: '架空の資金の流れ見本事業', ministry: '架空省', sheetYear: 2024 },
    { projectNumber: '900002', projectName: '架空の資金の流れ見本事業(2025)', ministry: '架空省', sheetYear: 2025 },
    { projectNumber: '900077', projectName: '', ministry: '', sheetYear: 2024 },
  ];
  return {
    yearScope: place.yearScope ?? null,
    project: place.project ?? null,
    projectYear: place.projectYear ?? null,
    rs: { projects },
    selectedId: 'B',
    mode: 'table',
    busy: false,
    request: vi.fn(),
    showPath: vi.fn(),
  } as unknown as AppState;
}
const ja = ui;

describe('yearCrumbs and inYear', () => {
  it('over the whole year: the year alone; narrowed: the year, then the ministry', () => {
    expect(yearCrumbs(fakeApp({ yearScope: { year: 2024, ministry: null } }), ja).map((c) => c.label)).toEqual(['年度 2024']);
    expect(yearCrumbs(fakeApp({ yearScope: { year: 2024, ministry: '架空省' } }), ja).map((c) => c.label)).toEqual(['年度 2024', '架空省']);
  });

  it('over a project of the year: year › ministry › project (the year of the sheet shown), the project being the drill-down’s top', () => {
    const crumbs = yearCrumbs(fakeApp({ project: '900002', projectYear: 2025 }), ja);
    expect(crumbs.map((c) => c.label)).toEqual(['年度 2025', '架空省', '架空の資金の流れ見本事業(2025)']);
    expect(crumbs.map((c) => c.go !== undefined)).toEqual([true, true, false]);
    expect(crumbs[2]).toMatchObject({ blockId: null, title: '事業番号 900002(事業の資金の流れの全体)' });
    // A project without a name or ministry: its number, and the ministry said to be missing.
    expect(yearCrumbs(fakeApp({ project: '900077' }), ja).map((c) => c.label)).toEqual(['年度 2024', '(府省庁なし)', '900077']);
  });

  it('nothing without a year: no year on display and no project of the loaded year', () => {
    expect(yearCrumbs(fakeApp({}), ja)).toEqual([]);
    expect(yearCrumbs(fakeApp({ project: '123456' }), ja)).toEqual([]);
  });

  it('the year’s crumbs go back to the year (whole, or narrowed to the ministry)', () => {
    const app = fakeApp({ project: '900002', projectYear: 2024 });
    const [year, ministry] = yearCrumbs(app, ja);
    ministry?.go?.();
    expect(app.yearScope).toEqual({ year: 2024, ministry: '架空省' });
    expect(app.project).toBeNull();
    year?.go?.();
    expect(app.yearScope).toEqual({ year: 2024, ministry: null });
  });

  it('one trail: the year’s crumbs, then the drill-down’s blocks (its top is the project’s crumb)', () => {
    const out = seedOutput();
    const drill = crumbsFor(out.sheet, out.graph, 'D', '全体');
    const year = yearCrumbs(fakeApp({ project: '900002', projectYear: 2024 }), ja);
    expect(inYear(year, drill).map((c) => c.label)).toEqual(['年度 2024', '架空省', '架空の資金の流れ見本事業', 'A', 'D']);
    expect(inYear([], drill)).toBe(drill);
  });
});

describe('Breadcrumb', () => {
  const items = (go: () => void): Crumb[] => [
    { blockId: null, label: '年度 2024', go },
    { blockId: null, label: '事業', title: '事業番号 900002' },
    { blockId: 'A', label: 'A' },
    { blockId: 'D', label: 'D' },
  ];

  it('draws every level in order; the earlier ones buttons, the last the current place', () => {
    render(Breadcrumb, { props: { items: items(() => {}), lang: 'ja', onpick: () => {}, label: '年度の位置' } });
    const nav = screen.getByRole('navigation', { name: '年度の位置' });
    expect(within(nav).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['年度 2024', '事業', 'A', 'D']);
    expect(within(nav).getAllByRole('button').map((b) => b.textContent)).toEqual(['年度 2024', '事業', 'A']);
    const current = nav.querySelectorAll('[aria-current]');
    expect([...current].map((e) => [e.textContent, e.getAttribute('aria-current')])).toEqual([['D', 'page']]);
    expect(within(nav).getByRole('button', { name: '事業' })).toHaveAttribute('title', '事業番号 900002');
  });

  it('a year crumb runs its own way back; a drill-down crumb is handed to onpick', async () => {
    const go = vi.fn();
    const onpick = vi.fn();
    render(Breadcrumb, { props: { items: items(go), lang: 'ja', onpick } });
    const nav = screen.getByRole('navigation', { name: 'ドリルダウンの位置' });
    await fireEvent.click(within(nav).getByRole('button', { name: '年度 2024' }));
    expect(go).toHaveBeenCalledTimes(1);
    expect(onpick).not.toHaveBeenCalled();
    await fireEvent.click(within(nav).getByRole('button', { name: '事業' }));
    await fireEvent.click(within(nav).getByRole('button', { name: 'A' }));
    expect(onpick.mock.calls.map(([c]) => c.blockId)).toEqual([null, 'A']);
    expect(go).toHaveBeenCalledTimes(1);
  });
});
