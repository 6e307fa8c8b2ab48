import { describe, expect, it } from 'vitest';
import { holdEarlyClicks, replayEarlyClick } from '../../src/boot.ts';

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
