/**
 * One catalog per language (#10): the words the app shows live in src/i18n/catalog/. So no other
 * module of the app's UI side — view, state, export, embed, layout, read, util and the root files —
 * writes Japanese in a string, template or regular expression, nor in a component's markup
 * (comments aside), except data it matches or passes on, each listed with why. (src/model has its
 * own guard, modelNoJapanese.test.ts; the sources read Japanese files and match their headings.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { againstList, japaneseInSvelte, japaneseLiterals, sourceFiles } from './japaneseLiterals.ts';

const ROOT = join(process.cwd(), 'src');
const FOLDERS = ['view', 'state', 'export', 'embed', 'layout', 'read', 'util'];

/** Data, not words: file → literal → why it may stay. */
const ALLOWED: Record<string, Record<string, string>> = {
  'view/format.ts': {
    "'円'": 'the unit RS sheets state amounts in (yen amounts are shown in 百万円)',
    "'百万円'": 'the unit yen amounts are shown in (a unit, worded by unitName)',
    '}億円)`': 'ja: 億円 alongside from 1億 up (a unit; English says billions, in the same line)',
  },
  'view/year/yearAmount.ts': {
    "'兆円'": 'a unit of the year overview (LargeUnit)',
    "'億円'": 'a unit of the year overview (LargeUnit)',
    "'百万円'": 'a unit of the year overview (LargeUnit)',
    '}百万円`': 'ja: an amount in its unit',
    '}兆円`': 'ja: an amount in its unit',
    '}億円`': 'ja: an amount in its unit',
  },
  'view/panels/YearPanel.svelte': { "'円'": 'the unit of the year files (yen), passed to the formatter' },
  'view/panels/ProjectList.svelte': {
    '<span class="total">{p.total === null ? s.unknownTotal : formatAmountLabel(p.total, \'円\', lang, true)}</span>': 'the unit of RS projects (yen), passed to the formatter',
  },
  'view/panels/BudgetChart.svelte': {
    '<th scope="row">{y.label}{y.request && !y.label.includes(\'要求\') ? ` (${s.request})` : \'\'}</th>': 'matches the sheet’s own row label (要求), so the chart does not add it twice',
  },
  'layout/labels.ts': { '/^[ー・、。,.)）」』ぁぃぅぇぉっゃゅょァィゥェォッャュョ]/': 'characters a Japanese line may not start with (line breaking of labels)' },
  'read/intake.ts': { '/^(シート種別|事業年度),/': 'the first header cells that tell an RSシステム CSV (file detection)' },
  'state/rsLoad.ts': { "'RSシステム files cannot be read here'": 'an internal error (a build without any RS reader), English with the system’s name' },
  'read/json.ts': { "'百万円'": 'the unit of an empty model (the text sheets’ default unit)' },
};


describe('the UI side writes no words of its own: they are the catalog’s', () => {
  it('every Japanese literal or markup text outside src/i18n/catalog is listed data', () => {
    const scanned = [
      ...FOLDERS.flatMap((f) => sourceFiles(join(ROOT, f))),
      ...readdirSync(ROOT).filter((f) => /\.(ts|svelte)$/.test(f)).map((f) => join(ROOT, f)),
    ];
    expect(scanned.length).toBeGreaterThan(100);
    const found = scanned.flatMap((path) => {
      const file = relative(ROOT, path).split('\\').join('/');
      const text = readFileSync(path, 'utf8');
      return (file.endsWith('.svelte') ? japaneseInSvelte(file, text) : japaneseLiterals(file, text)).map((literal): [string, string] => [file, literal]);
    });
    expect(againstList(found, ALLOWED)).toEqual({ unexpected: [], stale: [] });
  });

  it('the Svelte scan finds markup text and script literals, not comments or styles', () => {
    const text = [
      '<!-- 注記 in a comment -->',
      '<script lang="ts">',
      "  // 差額 in a comment",
      "  const a = '府省庁';",
      '</script>',
      '<p>{ja ? \'推定\' : \'guessed\'}</p>',
      '<h2>見出し</h2>',
      '<style>/* 色 */ p { color: red; }</style>',
    ].join('\n');
    expect(japaneseInSvelte('x.svelte', text)).toEqual(["'府省庁'", "<p>{ja ? '推定' : 'guessed'}</p>", '<h2>見出し</h2>']);
  });
});
