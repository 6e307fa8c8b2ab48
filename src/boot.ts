import { keptSheetFlag } from './state/keptFlag.ts';

/**
 * Whether #app holds the build's prerendered first view and the URL asks for that view (no hash,
 * and no sheet of the user's kept for this page, which the app will show instead).
 */
export function prerenderedView(target: HTMLElement | null): boolean {
  return target !== null && target.firstChild !== null && location.hash === '' && !keptSheetFlag();
}

/** What a click on the prerendered view can aim at that the app answers (links work without it). */
const ACTIONABLE = 'button, g.node, g.link, [role="button"]';

let early: Element | null = null;
let release: (() => void) | null = null;

/**
 * Until the app has taken the prerendered view over (src/start.ts), remember the last click on
 * something it will answer, so that click is not lost: {@link replayEarlyClick} gives it to the app.
 */
export function holdEarlyClicks(target: HTMLElement): void {
  const onclick = (e: Event): void => {
    const hit = e.target instanceof Element ? e.target.closest(ACTIONABLE) : null;
    if (hit && target.contains(hit)) early = hit;
  };
  target.addEventListener('click', onclick, true);
  release = () => target.removeEventListener('click', onclick, true);
}

/**
 * Stops holding clicks and hands the held one (if any) to the app, now live: on the same element
 * when hydration kept it, else on the diagram node or band of the same id. Returns what was clicked.
 */
export function replayEarlyClick(target: HTMLElement): Element | null {
  release?.();
  release = null;
  const held = early;
  early = null;
  if (!held) return null;
  const id = held.getAttribute('data-id');
  const kind = held.matches('g.node') ? 'g.node' : held.matches('g.link') ? 'g.link' : null;
  const now = held.isConnected ? held : kind && id !== null ? [...target.querySelectorAll(kind)].find((el) => el.getAttribute('data-id') === id) : undefined;
  if (!now) return null;
  now.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  return now;
}
