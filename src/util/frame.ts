/**
 * Runs `fn` after the next frame has been painted: requestAnimationFrame runs just before that
 * frame, the timeout after it. Without requestAnimationFrame (server, some tests), after a timeout.
 * Returns a function that cancels it.
 */
export function afterNextFrame(fn: () => void, win: Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame'> | undefined = globalThis.window): () => void {
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
