/** Public API of the layout stage: pure functions from a graph to geometry. */
export { layoutSankey, bandPath, compareNodes, nodeDepths, respaceColumns, makeRoom } from './sankey.ts';
export { validateGraph, type ValidGraph } from './validate.ts';
export { foldGraph, nodeValues, type Fold, type FoldOptions } from './fold.ts';
export { placeLabels, planLabels, labelRoom, wrapName, wrapAll, INLINE_GAP, type LabelInput, type LabelOptions, type LabelPlan, type PlacedLabel } from './labels.ts';
export { pathIndex, pathThrough, pathThroughLink, type PathIndex, type PathSet } from './highlight.ts';
export { stripes, type Stripe } from './bands.ts';
export { textWidth, ellipsize, isWide } from './text.ts';
export type * from './types.ts';
