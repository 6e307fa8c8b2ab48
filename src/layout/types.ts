/**
 * Types of the layout stage: a model `Graph` in, positioned nodes and links out.
 * Pure data, no DOM, so the view only draws what these describe.
 */
import type { ContractFamily, LinkKind, NodeKind, NodeName } from '../contract/schema.ts';

/** Options of {@link layoutSankey}. Sizes are in CSS pixels. */
export interface LayoutOptions {
  /** Width of the drawing area, labels included. */
  width: number;
  /** Height of the drawing area. */
  height: number;
  /** Width of a node bar (default 14). */
  nodeWidth?: number;
  /** Wanted vertical gap between nodes of a column (default 24; shrunk when a column is crowded). */
  nodePadding?: number;
  /** Empty border around the drawing (default 8). */
  margin?: number;
}

/** A node with its position; `value` is the exact decimal sum of its larger side. */
export interface LayoutNode {
  id: string;
  kind: NodeKind;
  label: string;
  /** labels (#10): the model's made-up name as a code plus data (the view words it per language). */
  name?: NodeName;
  blockId: string | null;
  line: number | null;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** max(Σ incoming, Σ outgoing) summed exactly with `sum()`, in the sheet's unit. */
  value: number;
  /** Column index, 0 = leftmost. */
  layer: number;
}

/** A link with its geometry: an SVG path to stroke with `width`. */
export interface LayoutLink {
  /** `source→target#n`, unique within a layout. */
  id: string;
  source: string;
  target: string;
  value: number;
  kind: LinkKind;
  families: ContractFamily[];
  line: number | null;
  /** Stroke width in pixels, proportional to value. */
  width: number;
  /** Vertical centre of the band at the source and at the target. */
  y0: number;
  y1: number;
  /** Horizontal ends of the band (source.x1, target.x0). */
  x0: number;
  x1: number;
  /** SVG path data (a horizontal cubic curve) for the band's centre line. */
  path: string;
}

/** Why an element of the input graph was left out of the drawing. */
export type DropReason = 'duplicate-id' | 'unknown-node' | 'non-positive-value' | 'not-a-number' | 'cycle' | 'isolated';

/** One element left out of the drawing, with the reason. */
export interface Dropped {
  what: 'node' | 'link';
  /** Node id, or `source→target` for a link. */
  id: string;
  reason: DropReason;
}

/** The result of {@link layoutSankey}. */
export interface SankeyLayout {
  nodes: LayoutNode[];
  links: LayoutLink[];
  dropped: Dropped[];
  width: number;
  height: number;
  /** Number of columns. */
  layers: number;
}
