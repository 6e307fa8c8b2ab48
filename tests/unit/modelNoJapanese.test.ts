/**
 * labels (#10): the model states names as codes plus data; the words are i18n's. So no string,
 * template or regular-expression literal in src/model holds Japanese text, comments aside — except
 * the sheet's own vocabulary the model must match on, each listed below with why. The scan reads
 * the sources with the TypeScript parser (comments are not tokens), and is itself tested.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { againstList, japaneseLiterals } from './japaneseLiterals.ts';

/** The sheet's own words the model matches on: file → literal → why it may stay. */
const ALLOWED: Record<string, Record<string, string>> = {
  'assembleRs.ts': {
    '/5-1|支出情報/': 'the RS file name (5-1 支出先_支出情報) a diagnostic is attributed to',
    '/5-3|費目・使途/': 'the RS file name (5-3 支出先_費目・使途)',
    '/2-1|予算・執行/': 'the RS file name (2-1 予算・執行_サマリ)',
  },
  'parents.ts': {
    '/委託|補助|交付/': 'words of a row\'s 契約概要 that mark money passed on (a grant or commission)',
  },
  'blocks.ts': {
    '/人件費|給与|賃金|職員|旅費|謝金|会議費|庁費|事務費|管理費|消耗品|光熱水|通信運搬|印刷製本|借料|賃借|備品|租税|保険料|手数料/':
      '費目 names of what an intermediary spends on itself (kept flows)',
  },
  'graphRs.ts': { "'円'": 'the unit RS sheets state amounts in (a diagnostic parameter messages.ts formats by)' },
  'rsChecks.ts': { "'円'": 'the unit RS sheets state amounts in (a diagnostic parameter)' },
};

const modelDir = join(process.cwd(), 'src/model');

describe('src/model holds no Japanese words of its own (labels #10)', () => {
  it('every Japanese literal in src/model is a listed word of the sheet the model matches on', () => {
    const found = readdirSync(modelDir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .flatMap((file) => japaneseLiterals(file, readFileSync(join(modelDir, file), 'utf8')).map((literal): [string, string] => [file, literal]));
    // Nothing unlisted, and no stale entry: each allowed word is still there.
    expect(againstList(found, ALLOWED)).toEqual({ unexpected: [], stale: [] });
  });

  it('the scan finds Japanese in strings, templates and regular expressions, never in comments', () => {
    const text = [
      '// 差額 in a line comment',
      '/** 内訳不明の差額 in a doc comment */',
      "const a = '府省庁';",
      'const b = `${id} 内訳不明の差額`;',
      'const c = `${id} x ${n}者`;',
      'const d = /旅費/;',
      'const e = "ascii only";',
      'const f = `plain ${x}`;',
    ].join('\n');
    // A template's Japanese is in its parts after each `${…}` (head "`${", tail "} …`").
    expect(japaneseLiterals('sample.ts', text)).toEqual(["'府省庁'", '} 内訳不明の差額`', '}者`', '/旅費/']);
  });
});
