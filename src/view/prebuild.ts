/**
 * Scenes of the drill-downs a user can take next, built while the page is idle: a click on a
 * block then only draws (the scene is kept by sceneFor), instead of folding, laying out,
 * describing and writing the markup of up to a hundred recipients in the click.
 * One new scene per idle period, in the order given; stopped by the returned function.
 */
import { keptScene, sceneFor, type SceneInput } from './flowScene.ts';
import type { IdleDeadline, IdleScheduler } from '../util/frame.ts';

/** Least idle time left (ms) worth starting a scene in: a 26×100 drill-down takes some 5–10 ms. */
const ROOM_MS = 12;
/** A build longer than this (a sheet of thousands of rows) would make idle time janky: prebuilding stops. */
const TOO_SLOW_MS = 30;

/**
 * Builds `sceneFor(owner, input)` for each of `inputs` (thunks, so the drill-down graphs are
 * made only when their turn comes), one per idle period with room for it; stops for good after
 * a build slower than TOO_SLOW_MS (`now` is injectable for tests).
 */
export function prebuildScenes(
  owner: object,
  inputs: readonly (() => SceneInput | null)[],
  idle: IdleScheduler,
  now: () => number = () => performance.now(),
): () => void {
  let next = 0;
  let cancel: (() => void) | null = null;
  const run = (deadline: IdleDeadline): void => {
    cancel = null;
    // One new scene per idle period, and only with room for it: a click waits for at most one
    // build. Inputs whose scene is kept already (or no longer wanted) cost nothing: skip them.
    while (next < inputs.length && deadline.timeRemaining() >= ROOM_MS) {
      const input = inputs[next++]?.();
      if (input && !keptScene(owner, input)) {
        const t0 = now();
        sceneFor(owner, input);
        // Scenes this slow would hold up a click that comes during one: lay out on demand only.
        if (now() - t0 > TOO_SLOW_MS) return;
        break;
      }
    }
    if (next < inputs.length) cancel = idle(run);
  };
  cancel = idle(run);
  return () => cancel?.();
}
