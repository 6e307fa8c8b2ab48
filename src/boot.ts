/** Whether #app holds the build's prerendered first view and the URL asks for that view (no hash). */
export function prerenderedView(target: HTMLElement | null): boolean {
  return target !== null && target.firstChild !== null && location.hash === '';
}
