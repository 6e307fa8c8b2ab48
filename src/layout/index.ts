/** Public API of the layout stage: pure functions from a graph to geometry. */
export { layoutSankey, bandPath, nodeDepths, respaceColumns, makeRoom } from './sankey.ts';
export { validateGraph } from './validate.ts';
export { foldGraph, nodeValues, type Fold } from './fold.ts';
export { placeLabels, planLabels, labelRoom, wrapName, wrapAll, INLINE_GAP, type LabelInput, type PlacedLabel } from './labels.ts';
export { pathIndex } from './highlight.ts';
export { stripes } from './bands.ts';
export { textWidth, ellipsize } from './text.ts';
export type * from './types.ts';
