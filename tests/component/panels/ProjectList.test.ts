// The RSシステム project list (issue #11): search (NFKC, full/half width), order by amount, show more, pick.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ProjectList from '../../../src/view/panels/ProjectList.svelte';
import { AppState } from '../../../src/state/app.svelte.ts';
import { fakeModel } from '../seed.fixture.ts';
import { HOSTILE } from './fixtures.ts';

// `search` as the reader writes it: NFKC, lower case, no white space (name, ministry, ID, payees, 法人番号).
const p = (projectNumber: string, projectName: string, ministry: string, total: number | null, payees = '') => ({
  projectNumber,
  projectName,
  ministry,
  sheetYear: 2024,
  total,
  search: `${projectName}${ministry}${projectNumber}${payees}`.normalize('NFKC').toLowerCase().replace(/\s+/g, ''),
});
const PROJECTS = [
  p('900059', 'サイバーセキュリティ統合知的・人材育成基盤の構築', '総務省', 552_500_000, '株式会社日立製作所7010001008844'),
  p('900002', '架空の資金の流れ見本事業', '架空省', 1_201_293_000, '株式会社ＮＴＴデータ'),
  p('12', '金額のない事業', '見本省', null),
  p('7', `名前に ${HOSTILE} を含む事業`, '見本省', 3_000_000),
];

function setup(pageSize?: number) {
  const app = new AppState(fakeModel);
  app.rs = { tables: ['5-1', '5-2'], missing: [], projects: PROJECTS, files: ['a.csv'] };
  const openProject = vi.spyOn(app, 'openProject').mockResolvedValue(false);
  render(ProjectList, { app, lang: 'ja', ...(pageSize ? { pageSize } : {}) });
  return { app, openProject };
}
const rows = () => within(screen.getByRole('list')).getAllByRole('button').map((b) => b.textContent ?? '');

describe('ProjectList', () => {
  it('lists by amount, largest first, unknown amounts last, with ministry and total in 百万円', () => {
    setup();
    const r = rows();
    expect(r[0]).toContain('架空の資金の流れ見本事業');
    expect(r[0]).toContain('架空省');
    expect(r[0]).toContain('1,201.3百万円(12.0億円)');
    expect(r[1]).toContain('552.5百万円(5.5億円)');
    expect(r[2]).toContain('3百万円');
    expect(r[3]).toContain('金額不明');
    expect(screen.getByRole('status').textContent).toBe('4件');
  });

  it('names the tables read, and says nothing of tables for a published year (an index has none)', async () => {
    const { app } = setup();
    expect(screen.getByText('読み込んだ表: 5-1, 5-2')).toBeInTheDocument();
    app.rs = { tables: [], missing: [], projects: PROJECTS, files: [] };
    await vi.waitFor(() => expect(screen.queryByText(/読み込んだ表/)).toBeNull());
  });

  it('finds by 府省庁, ID, payee name and 法人番号, whatever the width of the characters typed', async () => {
    const user = userEvent.setup();
    setup();
    const box = screen.getByRole('searchbox');
    for (const [query, name] of <[string, string][]>[
      ['総務省', 'サイバーセキュリティ'],
      ['９０００５９', 'サイバーセキュリティ'],
      ['nttデータ', '架空の資金'],
      ['７０１０００１００８８４４', 'サイバーセキュリティ'],
      ['架空　見本', '架空の資金'], // two words (a full-width space between): both must match
    ]) {
      await user.clear(box);
      await user.type(box, query);
      const r = rows();
      expect(r, query).toHaveLength(1);
      expect(r[0]).toContain(name);
    }
    await user.clear(box);
    await user.type(box, 'どこにもない');
    expect(screen.getByText('当てはまる事業はありません。')).toBeTruthy();
  });

  it('draws a page of rows and more on request; a pick opens the project of that year', async () => {
    const user = userEvent.setup();
    const { openProject } = setup(2);
    expect(rows()).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'さらに表示(残り2件)' }));
    expect(rows()).toHaveLength(4);
    await user.click(screen.getByRole('button', { name: /架空の資金の流れ見本事業/ }));
    expect(openProject).toHaveBeenCalledWith('900002', 2024);
  });

  it('shows hostile text as text', () => {
    const { container } = (() => {
      setup();
      return { container: document.body };
    })();
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByText(new RegExp(HOSTILE.slice(0, 10).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))).toBeTruthy();
  });
});
