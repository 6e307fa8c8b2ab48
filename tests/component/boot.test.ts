import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, holdEarlyClicks, replayEarlyClick } from '../../src/boot.ts';

function page(): HTMLElement {
  document.body.innerHTML = `<div id="app"><a href="#x">link</a><button id="b">b</button>
    <svg><g class="node" data-id="D"><rect class="hit"/></g><g class="link" data-id="A-D"><path/></g></svg></div>`;
  return document.getElementById('app') as HTMLElement;
}
const click = (el: Element | null) => el?.dispatchEvent(new MouseEvent('click', { bubbles: true }));

describe('holdEarlyClicks / replayEarlyClick', () => {
  it('gives the last click on something the app answers to the app, on the same element', () => {
    const app = page();
    holdEarlyClicks(app);
    click(app.querySelector('#b'));
    click(app.querySelector('g.node rect'));
    const got: string[] = [];
    app.addEventListener('click', (e) => got.push((e.target as Element).getAttribute('data-id') ?? ''));
    expect(replayEarlyClick(app)).toBe(app.querySelector('g.node'));
    expect(got).toEqual(['D']);
    // Held once: nothing more to replay, and later clicks are not held.
    click(app.querySelector('#b'));
    expect(replayEarlyClick(app)).toBeNull();
  });

  it('finds a diagram node of the same id when the app replaced the element', () => {
    const app = page();
    holdEarlyClicks(app);
    click(app.querySelector('g.link path'));
    const old = app.querySelector('g.link');
    old?.replaceWith(old.cloneNode(true));
    expect(replayEarlyClick(app)).toBe(app.querySelector('g.link'));
  });

  it('ignores links (they work without the app) and gives up on a replaced button', () => {
    const app = page();
    holdEarlyClicks(app);
    click(app.querySelector('a'));
    expect(replayEarlyClick(app)).toBeNull();
    holdEarlyClicks(app);
    click(app.querySelector('#b'));
    app.querySelector('#b')?.replaceWith(document.createElement('button'));
    expect(replayEarlyClick(app)).toBeNull();
  });
});

describe('afterFirstPaint', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('runs once the first contentful paint is reported, and only once', () => {
    vi.useFakeTimers();
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
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f, 16));
    const then = vi.fn();
    afterFirstPaint(then);
    report?.({ getEntries: () => [{ name: 'first-paint' }] });
    expect(then).not.toHaveBeenCalled();
    report?.({ getEntries: () => [{ name: 'first-contentful-paint' }] });
    expect(then).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('goes on shortly after the first frame where paint timing is not reported', () => {
    vi.useFakeTimers();
    vi.stubGlobal('PerformanceObserver', undefined);
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f, 16));
    const then = vi.fn();
    afterFirstPaint(then);
    vi.advanceTimersByTime(100);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(then).toHaveBeenCalledTimes(1);
  });
});
