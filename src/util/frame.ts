/**
 * The app's one scheduler: everything that waits for the browser's rendering goes through here —
 * "after the next frame" (a change is on screen before the work it sets off), "when idle" (work
 * done ahead of a click) and "after the first paint" (the app starts once the prerendered page is
 * shown). Each returns a function that cancels it. Where the browser lacks a timing API (the
 * server, tests, old engines) each says what it falls back to.
 */

/** Cancels what was scheduled (a no-op once it has run). */
export type Cancel = () => void;

type FrameWindow = Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame'>;

/**
 * Runs `fn` after the next frame has been painted: requestAnimationFrame runs just before that
 * frame, the timeout after it. Without requestAnimationFrame, after a timeout.
 */
export function afterNextFrame(fn: () => void, win: Partial<FrameWindow> | undefined = globalThis): Cancel {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = (): void => {
    timer = setTimeout(fn, 0);
  };
  const raf = typeof win?.requestAnimationFrame === 'function' ? win.requestAnimationFrame(later) : (later(), 0);
  return () => {
    if (raf && typeof win?.cancelAnimationFrame === 'function') win.cancelAnimationFrame(raf);
    clearTimeout(timer);
  };
}

/** Time left in an idle period (requestIdleCallback's deadline). */
export interface IdleDeadline {
  timeRemaining(): number;
}

/** Runs `work` in the next idle period; returns a function that cancels it. */
export type IdleScheduler = (work: (deadline: IdleDeadline) => void) => Cancel;

/** Longest wait for an idle period before the work runs anyway (ms). */
const IDLE_TIMEOUT_MS = 2000;

/**
 * The browser's idle periods (requestIdleCallback), or null where it has none: work that is only
 * done ahead of time (src/view/prebuild.ts) is then not done at all.
 */
export function idleScheduler(win: Partial<Pick<Window, 'requestIdleCallback' | 'cancelIdleCallback'>> | undefined = globalThis): IdleScheduler | null {
  const request = win?.requestIdleCallback;
  const cancel = win?.cancelIdleCallback;
  if (typeof request !== 'function' || typeof cancel !== 'function') return null;
  return (work) => {
    const id = request.call(win, work, { timeout: IDLE_TIMEOUT_MS });
    return () => cancel.call(win, id);
  };
}

/** How long after the first frame to go on anyway when the browser reports no paint timing (ms). */
const NO_PAINT_TIMING_MS = 200;

/**
 * Runs `then` once the first contentful paint is on screen (Paint Timing), or a little after the
 * first frame where that is not reported. Once.
 */
export function afterFirstPaint(then: () => void): Cancel {
  let done = false;
  let observer: PerformanceObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = (): void => {
    done = true;
    observer?.disconnect();
    cancelFrame();
    clearTimeout(timer);
  };
  const go = (): void => {
    if (done) return;
    stop();
    then();
  };
  try {
    observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((e) => e.name === 'first-contentful-paint')) go();
    });
    observer.observe({ type: 'paint', buffered: true });
  } catch {
    // No Paint Timing: the fallback below.
  }
  const cancelFrame = afterNextFrame(() => {
    if (!done) timer = setTimeout(go, NO_PAINT_TIMING_MS);
  });
  return stop;
}
