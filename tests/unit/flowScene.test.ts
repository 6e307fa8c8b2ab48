import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/read/index.ts';
import { drillDown } from '../../src/model/index.ts';
import { generateSheet } from '../../scripts/generate.ts';
import { buildScene, sceneFor, type SceneInput } from '../../src/view/flowScene.ts';
import { ministryTotalOf } from '../../src/view/nodeInfo.ts';
import { provideEnglish, useEnglish, type EnglishDicts } from '../../src/i18n/english.svelte.ts';
import { englishDicts } from '../../src/i18n/english.ts';

describe('flow scenes', () => {
  const out = analyze(generateSheet({ blocks: 4, recipientsPerBlock: 40 }));
  const input = (over: Partial<SceneInput> = {}): SceneInput => ({
    graph: out.graph,
    sheet: out.sheet,
    ministryTotal: ministryTotalOf(out.graph),
    lang: 'ja',
    lens: false,
    currentBlock: null,
    expanded: [],
    width: 900,
    scale: 1,
    maxHeight: Infinity,
    ...over,
  });

  it('draws every node and band, named, with a label inside the markup', () => {
    const scene = buildScene(input({ graph: drillDown(out.sheet, 'B'), currentBlock: 'B' }));
    expect(scene.nodes.length).toBe(scene.layout.nodes.length);
    expect(scene.links.length).toBe(scene.layout.links.length);
    expect(scene.nodes.some((n) => n.id.startsWith('fold:') && n.cls.includes('fold'))).toBe(true);
    for (const n of scene.nodes) expect(n.name).toBe(scene.infos.get(n.id)?.accessibleName);
    expect(scene.nodes.find((n) => n.id === 'B:r:1')?.inner).toContain('<text ');
  });

  it('an English scene laid out before the English strings came (Japanese labels) is not reused once they are in', () => {
    const owner = {};
    const label = (s: ReturnType<typeof sceneFor>) => s.nodes.find((n) => n.id === 'B')?.name ?? '';
    try {
      // As on a page before the first hover of the language button: English can load, and has not yet.
      provideEnglish(() => Promise.resolve(englishDicts));
      useEnglish(null as unknown as EnglishDicts);
      const early = sceneFor(owner, input({ lang: 'en' }));
      expect(label(early)).toMatch(/他39者/);
      useEnglish(englishDicts);
      const later = sceneFor(owner, input({ lang: 'en' }));
      expect(later).not.toBe(early);
      expect(label(later)).toMatch(/\+39 others/);
    } finally {
      useEnglish(englishDicts);
    }
  });

  it('keeps a scene per output and view: going back to a view, or drilling into the same block again, reuses it', () => {
    const owner = {};
    const top = sceneFor(owner, input());
    const drill = sceneFor(owner, input({ graph: drillDown(out.sheet, 'B'), currentBlock: 'B' }));
    expect(sceneFor(owner, input())).toBe(top);
    expect(sceneFor(owner, input({ graph: drillDown(out.sheet, 'B'), currentBlock: 'B' }))).toBe(drill);
    // Anything that changes the drawing is a new scene.
    expect(sceneFor(owner, input({ width: 700 }))).not.toBe(top);
    expect(sceneFor(owner, input({ lens: true }))).not.toBe(top);
    expect(sceneFor(owner, input({ lang: 'en' }))).not.toBe(top);
    expect(sceneFor(owner, input({ graph: drillDown(out.sheet, 'C'), currentBlock: 'B' }))).not.toBe(drill);
    // Another output (a new parse, new parents) starts afresh; no owner keeps nothing.
    expect(sceneFor({}, input())).not.toBe(top);
    expect(sceneFor(null, input())).not.toBe(sceneFor(null, input()));
  });
});
