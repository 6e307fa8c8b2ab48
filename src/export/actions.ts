/**
 * The app's export buttons: SVG and PNG of the diagram on display, CSV of the recipients
 * (UTF-8 with BOM for Excel), and the model as JSON (the CLI's contract). Everything is
 * made in the browser and saved through a blob URL; nothing is sent anywhere.
 */
import { unitName } from '../i18n/unitName.ts';
import type { AppState } from '../state/app.svelte.ts';
import { recipientsCsv } from '../model/csv.ts';
import { FAMILY_COLORS, FAMILY_ORDER } from '../view/panels/palette.ts';
import { download, exportName } from './download.ts';
import { standaloneSvg } from './svg.ts';
import { svgToPng } from './png.ts';
import { ui } from '../i18n/catalog/ja.ts';
import { inLang } from '../i18n/english.svelte.ts';

/** The file suffix for the current level: "" on the overview, the block id in a drill-down. */
const suffix = (app: AppState): string => app.currentBlock ?? '';

/** A CSS custom property of the page, resolved (for colours outside the SVG). */
function cssVar(el: Element, name: string, fallback: string): string {
  return getComputedStyle(el).getPropertyValue(name).trim() || fallback;
}

/** The standalone SVG document of `svg` with title, source line and legend. */
export function diagramSvg(app: AppState, svg: SVGSVGElement): string {
  const sheet = app.output?.sheet;
  const s = inLang(app.lang, 'ui', ui);
  const title = sheet ? (app.currentBlock ? `${sheet.projectName ?? ''} — ${s.drillDiagram(app.currentBlock)}` : (sheet.projectName ?? s.appTitle)) : s.appTitle;
  const year = sheet?.sheetYear !== null && sheet?.sheetYear !== undefined ? s.yearValue(sheet.sheetYear) : s.unknown;
  const subtitle = sheet ? [sheet.ministry ?? s.unknown, `${s.projectNumber} ${sheet.projectNumber ?? s.unknown}`, `${s.sheetYear} ${year}`, `${s.unit}: ${unitName(sheet.unit, app.lang)}`].join(' · ') : '';
  const legend = [
    { label: s.flowFund, color: cssVar(svg, '--link-fund', '#6f93b8') },
    { label: s.kind.kept, color: cssVar(svg, '--link-kept', '#d99a2b') },
    { label: s.kind.residual, color: cssVar(svg, '--link-residual', '#c2410c') },
    ...(app.lens ? FAMILY_ORDER.map((f) => ({ label: s.family[f], color: FAMILY_COLORS[f] })) : []),
  ];
  return standaloneSvg(svg, { title, subtitle, legend, background: cssVar(svg, '--surface', '#ffffff') });
}

/** The export actions bound to the app and a way to find the diagram. */
export function exporters(app: AppState, diagram: () => SVGSVGElement | null) {
  const number = (): string | null => app.output?.sheet.projectNumber ?? null;
  return {
    svg(): void {
      const el = diagram();
      if (!el) return;
      download(exportName(number(), suffix(app), 'svg'), diagramSvg(app, el), 'image/svg+xml;charset=utf-8');
    },
    async png(): Promise<void> {
      const el = diagram();
      if (!el) return;
      download(exportName(number(), suffix(app), 'png'), await svgToPng(diagramSvg(app, el), 2));
    },
    csv(): void {
      const sheet = app.output?.sheet;
      if (!sheet) return;
      download(exportName(number(), 'recipients', 'csv'), recipientsCsv(sheet, { bom: true }), 'text/csv;charset=utf-8');
    },
    json(): void {
      const out = app.output;
      if (!out) return;
      // The CLI's contract: the graph is the drill-down when a block is open (like --block).
      const graph = app.currentBlock ? (app.graph ?? out.graph) : out.graph;
      download(exportName(number(), suffix(app), 'json'), `${JSON.stringify({ ...out, graph }, null, 2)}\n`, 'application/json');
    },
  };
}
