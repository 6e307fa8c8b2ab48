// The app's one scheduler (src/util/frame.ts): what the user sees of each kind of wait.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, afterNextFrame, idleScheduler } from '../../src/util/frame.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('afterNextFrame', () => {
  it('runs once the frame showing a change is painted, never inside it; a cancelled one never runs', () => {
    vi.useFakeTimers();
    const frames: (() => void)[] = [];
    const win = { requestAnimationFrame: (f: () => void) => frames.push(f), cancelAnimationFrame: (id: number) => void (frames[id - 1] = () => {}) };
    const ran: string[] = [];
    afterNextFrame(() => ran.push('a'), win);
    const cancel = afterNextFrame(() => ran.push('b'), win);
    vi.runAllTimers();
    expect(ran).toEqual([]); // nothing before the frame
    cancel();
    frames.forEach((f) => f());
    expect(ran).toEqual([]); // not inside the frame either (it would delay its paint)
    vi.runAllTimers();
    expect(ran).toEqual(['a']);
  });
});

describe('afterFirstPaint', () => {
  function paintTiming(): (names: string[]) => void {
    let report: ((list: { getEntries(): { name: string }[] }) => void) | undefined;
    vi.stubGlobal(
      'PerformanceObserver',
      class {
        constructor(cb: typeof report) {
          report = cb;
        }
        observe() {}
        disconnect() {}
      },
    );
    return (names) => report?.({ getEntries: () => names.map((name) => ({ name })) });
  }

  it('starts the app once the first contentful paint is on screen, and only once', () => {
    vi.useFakeTimers();
    const paint = paintTiming();
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f, 16));
    const then = vi.fn();
    afterFirstPaint(then);
    paint(['first-paint']);
    expect(then).not.toHaveBeenCalled();
    paint(['first-contentful-paint']);
    expect(then).toHaveBeenCalledTimes(1);
    vi.runAllTimers();
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('starts the app all the same where the browser reports no paint timing, after its first frame', () => {
    vi.useFakeTimers();
    vi.stubGlobal('PerformanceObserver', undefined);
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
    const then = vi.fn();
    afterFirstPaint(then);
    vi.runAllTimers();
    expect(then).not.toHaveBeenCalled(); // not before a frame
    frames.forEach((f) => f());
    vi.runAllTimers();
    expect(then).toHaveBeenCalledTimes(1);
  });
});

describe('idleScheduler', () => {
  it('hands work to the browser idle periods and cancels it; none where there are none', () => {
    const waiting = new Map<number, () => void>();
    let next = 0;
    const win = {
      requestIdleCallback: (f: () => void) => (waiting.set(++next, f), next),
      cancelIdleCallback: (id: number) => void waiting.delete(id),
    };
    const idle = idleScheduler(win as unknown as Window);
    const ran: string[] = [];
    idle?.(() => ran.push('a'));
    const cancel = idle?.(() => ran.push('b'));
    cancel?.();
    waiting.forEach((f) => f());
    expect(ran).toEqual(['a']);
    expect(idleScheduler({})).toBeNull();
  });
});
