/**
 * Parts of the app that are not needed for the first diagram load on demand, so the
 * first paint ships less JavaScript: presentation, embed view, share dialog, exports,
 * the table view, the selection panels and the side panels. Each loader is called again on every use;
 * the browser's module cache makes that free after the first time.
 */
import type { AppState } from './state/app.svelte.ts';
import type { ExportActions } from './view/Toolbar.svelte';

export const loadPresent = () => import('./view/shell/PresentView.svelte');
export const loadEmbed = () => import('./embed/EmbedView.svelte');
export const loadShare = () => import('./export/ShareDialog.svelte');
export const loadTable = () => import('./view/panels/TableView.svelte');
export const loadDetail = () => import('./view/panels/DetailPanel.svelte');
export const loadRecipientPanel = () => import('./view/panels/RecipientPanel.svelte');
/** The by-recipient view with the merge it shows (view/byRecipientParts.ts). */
export const loadByRecipient = () => import('./view/byRecipientParts.ts');
export const loadSide = () => import('./view/shell/side.ts');
/** The banners for a refused load and for a notice: only when there is one to show. */
export const loadErrorBanner = () => import('./view/ErrorBanner.svelte');
export const loadNotice = () => import('./view/shell/Notice.svelte');
/** The components of the side chunk (src/view/shell/side.ts). */
export type SideParts = Awaited<ReturnType<typeof loadSide>>;

/** Export actions whose code (SVG/PNG/CSV/JSON writers) loads on the first click. */
export function lazyExporters(app: AppState, diagram: () => SVGSVGElement | null): ExportActions {
  const load = async () => (await import('./export/actions.ts')).exporters(app, diagram);
  return {
    svg: async () => (await load()).svg(),
    png: async () => (await load()).png(),
    csv: async () => (await load()).csv(),
    json: async () => (await load()).json(),
  };
}
