export { standaloneSvg, FONT_STACK, type SvgExportInfo } from './svg.ts';
export { svgToPng } from './png.ts';
export { download, exportName } from './download.ts';
