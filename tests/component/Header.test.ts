import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Header from '../../src/view/Header.svelte';
import { seedOutput } from './seed.fixture.ts';

describe('Header', () => {
  const { sheet } = seedOutput();

  it('states the sheet’s facts, the unit as written in Japanese', () => {
    render(Header, { props: { sheet, lang: 'ja' } });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('サイバーセキュリティ統合知的・人材育成基盤の構築');
    const unit = screen.getByText('単位');
    expect(unit.nextElementSibling).toHaveTextContent('百万円');
  });

  it('names the unit in English words in English (not "Unit 百万円")', () => {
    render(Header, { props: { sheet, lang: 'en' } });
    const unit = screen.getByText('Unit');
    expect(unit.nextElementSibling).toHaveTextContent(/^million yen$/);
    expect(screen.getByText('Project no.').nextElementSibling).toHaveTextContent('2022-総務-21-0059');
  });
});
