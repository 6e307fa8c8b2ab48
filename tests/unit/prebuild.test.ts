import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/read/index.ts';
import { drillDown } from '../../src/model/index.ts';
import { generateSheet } from '../../scripts/generate.ts';
import { keptScene, sceneFor, type SceneInput } from '../../src/view/flowScene.ts';
import { ministryTotalOf } from '../../src/view/nodeInfo.ts';
import { prebuildScenes } from '../../src/view/prebuild.ts';
import type { IdleScheduler } from '../../src/util/frame.ts';

/** A hand-driven idle scheduler: `tick(ms)` runs the waiting callback with `ms` of idle time left. */
function fakeIdle() {
  let waiting: Parameters<IdleScheduler>[0] | null = null;
  const idle: IdleScheduler = (work) => {
    waiting = work;
    return () => {
      waiting = null;
    };
  };
  return {
    idle,
    get waiting() {
      return waiting !== null;
    },
      tick(ms: number) {
      const w = waiting;
      waiting = null;
      w?.({ timeRemaining: () => ms });
    },
  };
}

describe('prebuildScenes', () => {
  const out = analyze(generateSheet({ blocks: 4, recipientsPerBlock: 40 }));
  const input = (block: string | null): SceneInput => ({
    graph: block ? drillDown(out.sheet, block) : out.graph,
    sheet: out.sheet,
    ministryTotal: ministryTotalOf(out.graph),
    lang: 'ja',
    lens: false,
    currentBlock: block,
    expanded: [],
    width: 900,
    scale: 1,
    maxHeight: Infinity,
  });

  it('builds one kept scene per idle period with room, in order, so the later draw finds it', () => {
    const owner = {};
    const sched = fakeIdle();
    const made: string[] = [];
    const thunk = (b: string) => () => (made.push(b), input(b));
    prebuildScenes(owner, [thunk('C'), thunk('B')], sched.idle, () => 0);
    expect(made).toEqual([]);
    sched.tick(3); // too little room: nothing built, asked again
    expect(made).toEqual([]);
    expect(sched.waiting).toBe(true);
    sched.tick(50);
    expect(made).toEqual(['C']);
    expect(keptScene(owner, input('C'))).toBeDefined();
    expect(keptScene(owner, input('B'))).toBeUndefined();
    sched.tick(50);
    expect(made).toEqual(['C', 'B']);
    expect(sched.waiting).toBe(false);
    // The view's own request for the same drill-down (a new but equal graph) is the kept scene.
    const kept = keptScene(owner, input('B'));
    expect(kept).toBeDefined();
    expect(sceneFor(owner, input('B'))).toBe(kept);
  });

  it('stops after a build slower than 30 ms, so idle time stays free for clicks', () => {
    const owner = {};
    const sched = fakeIdle();
    // A clock that says every build took 40 ms.
    let clock = 0;
    const now = () => (clock += 40);
    prebuildScenes(owner, [() => input('B'), () => input('C')], sched.idle, now);
    sched.tick(50);
    expect(keptScene(owner, input('B'))).toBeDefined();
    expect(sched.waiting).toBe(false); // not asked again: C is laid out only if the user goes there
    expect(keptScene(owner, input('C'))).toBeUndefined();
  });
});
