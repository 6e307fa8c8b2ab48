/** jsdom has no ResizeObserver (Svelte's bind:clientWidth uses it): a no-op stand-in; the view falls back to 960 px. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoResizeObserver as unknown as typeof ResizeObserver;
export {};
